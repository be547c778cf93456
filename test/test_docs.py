"""The documentation cannot drift from the code: the algorithm index against the registry, help anchors against the
reference pages, relative links and images against the files, and citations of docs/science.md against its sections.

QGIS-free: the algorithm classes are read from the source with ``ast``, never imported.
"""
import ast
import os
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DOCS = REPO_ROOT / "docs"
ALGORITHM_DOCS = DOCS / "algorithms"
INDEX = ALGORITHM_DOCS / "README.md"
SCIENCE = DOCS / "science.md"
ALGORITHMS_PACKAGE = REPO_ROOT / "processing" / "algorithms"
BASE = REPO_ROOT / "processing" / "base.py"
MODELS_DIR = REPO_ROOT / "resources" / "models"
SKIPPED_DIRS = {"build", "dist", "demo_output", "demo_output_real", "__pycache__"}  # and every hidden folder
METADATA = ("ALGORITHM_ID", "DISPLAY_NAME", "GROUP_ID", "HELP_ANCHOR")


# ---------------------------------------------------------------------------------------------------------------
# Markdown: headings, GitHub anchors and links


def github_anchor(heading):
    """GitHub's anchor of a heading text: lower case, markup and punctuation dropped (hyphens and underscores
    kept), each space a hyphen."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading.strip())  # a link keeps its text
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def markdown_lines(path):
    """The lines of a Markdown file outside fenced code blocks."""
    lines, fence = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        marker = re.match(r"\s*(`{3,}|~{3,})", line)
        if marker and (fence is None or marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence)):
            fence = marker.group(1) if fence is None else None
            continue
        if fence is None:
            lines.append(line)
    return lines


def headings(path):
    """(level, text) of the ATX headings of a Markdown file."""
    found = []
    for line in markdown_lines(path):
        match = re.match(r"(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


def anchors(path):
    """Every heading anchor of a Markdown file, repeats numbered as GitHub does (name, name-1, name-2...)."""
    seen, result = {}, set()
    for _, text in headings(path):
        anchor = github_anchor(text)
        result.add(anchor if anchor not in seen else f"{anchor}-{seen[anchor]}")
        seen[anchor] = seen.get(anchor, 0) + 1
    return result


def links(path):
    """Targets of the inline links and images, reference definitions and HTML src/href of a Markdown file (code
    blocks and code spans left out)."""
    targets = []
    for line in markdown_lines(path):
        line = re.sub(r"`[^`]*`", "", line)
        targets += re.findall(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)", line)
        targets += re.findall(r"^\s*\[[^\]]+\]:\s+<?(\S+?)>?(?:\s|$)", line)
        targets += re.findall(r"(?:src|href)=\"([^\"]+)\"", line)
    return targets


def markdown_files():
    return [REPO_ROOT / "README.md", REPO_ROOT / "CHANGELOG.md", *sorted(DOCS.rglob("*.md"))]


def repo_files(suffix):
    """Files of the repository ending in ``suffix``, without hidden, build and output folders (links not followed)."""
    for folder, dirs, files in os.walk(REPO_ROOT):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        yield from (Path(folder) / f for f in sorted(files) if f.endswith(suffix))


def section(path, title):
    """The lines under the ``## title`` heading of a Markdown file, up to the next heading of level 1 or 2."""
    lines, inside = [], False
    for line in markdown_lines(path):
        if re.match(r"#{1,2}\s", line):
            inside = line.lstrip("#").strip() == title
        elif inside:
            lines.append(line)
    assert lines, f"{path.relative_to(REPO_ROOT)} has no '## {title}' section"
    return lines


def table_rows(lines):
    """Cells of the body rows of the Markdown tables in ``lines`` (header and delimiter rows left out)."""
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines if line.startswith("|")]
    return [row for row in rows if not all(re.fullmatch(r":?-+:?", cell) for cell in row) and row[0].startswith("`")]


def markdown_link(cell):
    match = re.fullmatch(r"\[([^\]]+)\]\(([^)]+)\)", cell)
    assert match, f"not a Markdown link: {cell}"
    return match.group(2)


# ---------------------------------------------------------------------------------------------------------------
# The algorithm registry, read from the source


def _classes(path):
    """{class name: (base names, {attribute: string value})} of the classes of a module."""
    classes = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            values = {}
            for item in node.body:
                if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name):
                    if item.targets[0].id in METADATA:
                        assert isinstance(item.value, ast.Constant), f"{node.name}.{item.targets[0].id} not literal"
                        values[item.targets[0].id] = item.value.value
            classes[node.name] = ([b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases], values)
    return classes


def _linearisation(name, classes):
    """The method resolution order (C3) of a class, restricted to the classes parsed."""
    bases = [b for b in classes[name][0] if b in classes]
    sequences = [_linearisation(b, classes) for b in bases] + [bases]
    order = [name]
    while any(sequences):
        for sequence in (s for s in sequences if s):
            head = sequence[0]
            if not any(head in s[1:] for s in sequences):
                break
        else:
            raise AssertionError(f"inconsistent class hierarchy for {name}")
        order.append(head)
        sequences = [s[1:] if s and s[0] == head else s for s in sequences]
    return order


def registry():
    """[{ALGORITHM_ID, DISPLAY_NAME, GROUP_ID, HELP_ANCHOR}] of the classes in the ALGORITHMS tuple, in its order,
    with inherited values resolved as Python would."""
    classes = {}
    for path in [BASE, *sorted(ALGORITHMS_PACKAGE.glob("*.py"))]:
        for name, value in _classes(path).items():
            assert name not in classes, f"class {name} defined twice: cannot resolve it by name"
            classes[name] = value
    init = ast.parse((ALGORITHMS_PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    names = [elt.id for node in init.body if isinstance(node, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == "ALGORITHMS" for t in node.targets)
             for elt in node.value.elts]
    assert names, "no ALGORITHMS tuple in processing/algorithms/__init__.py"
    algorithms = []
    for name in names:
        resolved = {}
        for cls in reversed(_linearisation(name, classes)):
            resolved.update(classes[cls][1])
        assert all(resolved.get(key) is not None for key in METADATA[:3]), f"{name}: {resolved}"
        algorithms.append({key: resolved.get(key, "") for key in METADATA})
    return algorithms


def groups():
    """GROUPS of processing/base.py: {group id: display name}."""
    for node in ast.parse(BASE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "GROUPS" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("no GROUPS in processing/base.py")


def help_page_and_anchor(algorithm):
    """The reference page (relative to docs/algorithms) and anchor the algorithm's help URL points to."""
    return f"{algorithm['GROUP_ID']}.md", algorithm["HELP_ANCHOR"] or algorithm["ALGORITHM_ID"]


# ---------------------------------------------------------------------------------------------------------------
# Tests


def test_github_anchor_rules():
    assert github_anchor("The FFT transforms") == "the-fft-transforms"
    assert github_anchor("Which method: weights of evidence, fuzzy overlay or the machine-learning model?") == \
        "which-method-weights-of-evidence-fuzzy-overlay-or-the-machine-learning-model"
    assert github_anchor("1. Conventions") == "1-conventions"
    assert github_anchor("`lodestone:igrf` and snake_case") == "lodestoneigrf-and-snake_case"


def test_registry_is_read_from_the_source():
    algorithms = registry()
    by_id = {a["ALGORITHM_ID"]: a for a in algorithms}
    assert len(by_id) == len(algorithms) >= 34, "algorithm ids must be unique"
    assert by_id["reducetopole"] == {"ALGORITHM_ID": "reducetopole", "DISPLAY_NAME": "Reduce to pole",
                                     "GROUP_ID": "magnetics", "HELP_ANCHOR": "the-fft-transforms"}  # inherited
    assert by_id["accesscost"]["GROUP_ID"] == "logistics"  # from LogisticsAlgorithm
    assert all(a["GROUP_ID"] in groups() for a in algorithms)


def test_index_lists_exactly_the_registry_with_names_groups_and_sections():
    algorithms = registry()
    rows = table_rows(section(INDEX, "Algorithms"))
    assert [row[0] for row in rows] == [f"`lodestone:{a['ALGORITHM_ID']}`" for a in algorithms], \
        "the index table must list every registered algorithm id once, in registry order"
    names = groups()
    for row, algorithm in zip(rows, algorithms):
        algorithm_id, name, group, *_, link = row
        assert name == algorithm["DISPLAY_NAME"], algorithm_id
        assert group == names[algorithm["GROUP_ID"]], algorithm_id
        page, anchor = help_page_and_anchor(algorithm)
        assert markdown_link(link) == f"{page}#{anchor}", f"{algorithm_id}: the link must be its help section"


def test_every_help_anchor_is_a_heading_of_its_group_page():
    names = groups()
    for group_id, name in names.items():
        page = ALGORITHM_DOCS / f"{group_id}.md"
        assert page.is_file(), f"no reference page for group {group_id}"
        assert headings(page)[0] == (1, name), f"{page.name} must start with '# {name}'"
    for algorithm in registry():
        page, anchor = help_page_and_anchor(algorithm)
        assert anchor in anchors(ALGORITHM_DOCS / page), \
            f"{algorithm['ALGORITHM_ID']}: its help points to {page}#{anchor}, which has no such heading"


def test_index_lists_every_shipped_model_with_its_title_and_group():
    rows = table_rows(section(INDEX, "Shipped models"))
    listed = {row[0].strip("`"): (row[1], row[2].lower()) for row in rows}  # the index shows title and group
    titles = dict(re.findall(r'"(\w+)": tr\("([^"]+)"\)', (REPO_ROOT / "processing" / "models.py").read_text()))
    shipped = {}
    for path in sorted(MODELS_DIR.glob("*.model3")):
        text = path.read_text(encoding="utf-8")
        name = re.search(r'name="model_name" value="([^"]*)"', text).group(1)
        group = re.search(r'name="model_group" value="([^"]*)"', text).group(1)
        shipped[f"lodestone:{name}"] = (titles[name], group)
    assert len(shipped) >= 4
    assert listed == shipped


@pytest.mark.parametrize("path", markdown_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_relative_links_and_images_resolve(path):
    broken = []
    for target in links(path):
        if re.match(r"[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
            continue  # http:, https:, mailto: ...
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / unquote(file_part)).resolve() if file_part else path
        if not linked.exists() or REPO_ROOT not in (linked, *linked.parents):
            broken.append(f"{target}: no such file in the repository")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(f"{target}: no heading with that anchor")
    assert not broken, f"{path.relative_to(REPO_ROOT)}: " + "; ".join(broken)


def test_readme_is_short_and_keeps_the_two_commands_and_the_attribution():
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    assert "make demo" in text and "make check" in text
    assert "Contains data from Geoscience Australia (MIM Data from Mt Isa Inlier, P1029), CC BY 4.0, prepared by " \
           "the Fatiando a Terra project (CC BY 4.0)" in " ".join(text.split())
    titles = [t for _, t in headings(REPO_ROOT / "README.md")]
    assert len(titles) == len(set(titles)), "a heading appears twice"
    assert "-->" not in re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL), "an orphan comment end"


def science_sections():
    numbers = [int(m.group(1)) for _, text in headings(SCIENCE) if (m := re.match(r"(\d+)\. ", text))]
    assert numbers == list(range(1, len(numbers) + 1)), "docs/science.md sections must be numbered 1, 2, 3..."
    return set(numbers)


def test_science_sections_are_numbered_one_to_nine():
    assert [(level, text.split(".")[0]) for level, text in headings(SCIENCE) if re.match(r"\d+\.", text)] == \
        [(2, str(n)) for n in range(1, 10)]


def test_every_science_citation_in_the_code_names_an_existing_section():
    sections = science_sections()
    citations, stale = 0, []
    for path in repo_files(".py"):
        if path == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(REPO_ROOT)
        for match in re.finditer(r"(\S*)science\.md(\s+section\s+(\d+))?", text):
            if re.fullmatch(r"([\"'])docs/", match.group(1)) and text[match.end():match.end() + 1] == match.group(1)[0]:
                continue  # the file's path as a string, such as the shipped files of scripts/package.py
            citations += 1
            if not match.group(1).endswith("docs/") or match.group(1).endswith("/docs/"):
                stale.append(f"{where}: '{match.group(0)}' must be written docs/science.md")
            elif match.group(3) is None:
                stale.append(f"{where}: '{match.group(0)}' names no section")
            elif int(match.group(3)) not in sections:
                stale.append(f"{where}: '{match.group(0)}' but docs/science.md has no '## {match.group(3)}.'")
        stale += [f"{where}: '{m.group(0)}' must cite docs/science.md" for m in re.finditer(r"science notes", text)]
    assert citations >= 20, "the code cites docs/science.md: the search finds nothing, so it is broken"
    assert not stale, "\n".join(stale)
