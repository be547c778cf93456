"""Switch this Debian machine's QGIS between the two test lanes, for `make check`.

Lanes:
- ``oldest``: Debian 12's own QGIS (3.22, suite ``<codename>``), the oldest version Lodestone supports;
- ``newest``: the long-term release from ``<codename>-backports`` (3.40 on bookworm), the newest available here.

The versioned ``libqgis-*`` libraries of both co-install; switching installs the unversioned QGIS packages of
:data:`PACKAGES` from the lane's suite. The backports source entry is derived at run time from the machine's own
Debian entry (same URIs, components and signing key; suite ``<codename>-backports``), so no registry host name is
written anywhere.

Usage (as root, or through sudo): ``python3 scripts/qgis_lane.py current`` prints the lane in use;
``python3 scripts/qgis_lane.py switch oldest|newest`` installs it and prints the QGIS version. Standard library only.
"""
import glob
import os
import subprocess
import sys

PACKAGES = ("qgis", "python3-qgis", "python3-qgis-common", "qgis-common", "qgis-providers", "qgis-providers-common",
            "libqgis-customwidgets")
"""The unversioned QGIS packages, all switched together (apt keeps the other lane's versioned libraries)."""

LANES = ("oldest", "newest")
SOURCES_FOLDER = "/etc/apt/sources.list.d"
BACKPORTS_FILE = os.path.join(SOURCES_FOLDER, "lodestone-backports.sources")


def codename():
    """The Debian release codename (``bookworm``) from /etc/os-release."""
    with open("/etc/os-release", encoding="utf-8") as release:
        for line in release:
            key, _, value = line.strip().partition("=")
            if key == "VERSION_CODENAME":
                return value.strip('"')
    raise SystemExit("qgis_lane: /etc/os-release names no VERSION_CODENAME; is this Debian?")


def deb822_stanzas(text):
    """The stanzas of a deb822 sources file as dicts of field -> value (comments dropped)."""
    stanzas, current = [], {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if current:
                stanzas.append(current)
            current = {}
            continue
        key, _, value = line.partition(":")
        current[key.strip()] = value.strip()
    if current:
        stanzas.append(current)
    return stanzas


def one_line_entries(text):
    """deb822-like dicts of the ``deb`` lines of a one-line sources.list (options in brackets kept as Signed-By)."""
    entries = []
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if not words or words[0] != "deb":
            continue
        words = words[1:]
        entry = {"Types": "deb"}
        if words and words[0].startswith("["):
            options = []
            while words:
                options.append(words.pop(0))
                if options[-1].endswith("]"):
                    break
            for option in " ".join(options).strip("[]").split():
                key, _, value = option.partition("=")
                if key == "signed-by":
                    entry["Signed-By"] = value
        if len(words) >= 3:
            entry.update({"URIs": words[0], "Suites": words[1], "Components": " ".join(words[2:])})
            entries.append(entry)
    return entries


def source_entries():
    """Every configured source entry, as dicts."""
    entries = []
    for path in sorted(glob.glob(os.path.join(SOURCES_FOLDER, "*.sources"))):
        with open(path, encoding="utf-8") as handle:
            entries += deb822_stanzas(handle.read())
    for path in ["/etc/apt/sources.list", *sorted(glob.glob(os.path.join(SOURCES_FOLDER, "*.list")))]:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                entries += one_line_entries(handle.read())
    return entries


def backports_entry(entries, release):
    """The deb822 text of a ``<release>-backports`` entry copied from the entry that serves ``<release>`` itself."""
    for entry in entries:
        if release in entry.get("Suites", "").split() and "deb" in entry.get("Types", "").split():
            lines = ["Types: deb", f"URIs: {entry['URIs']}", f"Suites: {release}-backports",
                     f"Components: {entry.get('Components', 'main')}"]
            if "Signed-By" in entry:
                lines.append(f"Signed-By: {entry['Signed-By']}")
            return "\n".join(lines) + "\n"
    raise SystemExit(f"qgis_lane: no apt source serves '{release}'; add Debian's own entry first.")


def as_root(command):
    """``command`` prefixed with sudo unless this is root."""
    return command if os.geteuid() == 0 else ["sudo", *command]


def run(command):
    print("+", " ".join(command), flush=True)
    subprocess.run(as_root(command), check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def ensure_backports(release):
    """Write the backports entry (when no source serves it yet) and refresh the package lists."""
    entries = source_entries()
    if any(f"{release}-backports" in entry.get("Suites", "").split() for entry in entries):
        return
    text = backports_entry(entries, release)
    subprocess.run(as_root(["tee", BACKPORTS_FILE]), input=text.encode(), check=True, stdout=subprocess.DEVNULL)
    run(["apt-get", "update", "-qq"])


def installed_version():
    """The installed version of the ``qgis`` package ('' when absent)."""
    result = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "qgis"], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else ""


def current_lane(release):
    """``oldest`` when the installed QGIS is the release's own, else ``newest``."""
    result = subprocess.run(["apt-cache", "madison", "qgis"], capture_output=True, text=True, check=True)
    own = {line.split("|")[1].strip() for line in result.stdout.splitlines()
           if f" {release}/" in line or line.rstrip().endswith(f"{release}/main amd64 Packages")}
    return "oldest" if installed_version() in own else "newest"


def switch(lane, release):
    if lane == "newest":
        ensure_backports(release)
        run(["apt-get", "install", "-y", "-qq", "-t", f"{release}-backports", *PACKAGES])
    else:
        run(["apt-get", "install", "-y", "-qq", "--allow-downgrades", *(f"{name}/{release}" for name in PACKAGES)])
    print(f"QGIS lane {lane}: qgis {installed_version()}", flush=True)


def main(argv):
    release = codename()
    if argv[:1] == ["current"]:
        print(current_lane(release))
    elif len(argv) == 2 and argv[0] == "switch" and argv[1] in LANES:
        switch(argv[1], release)
    else:
        raise SystemExit("usage: qgis_lane.py current | switch oldest|newest")


if __name__ == "__main__":
    main(sys.argv[1:])
