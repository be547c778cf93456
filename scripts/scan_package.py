"""Scan the plugin zip as the QGIS plugin repository does before it accepts an upload: Bandit (security issues in
the Python code) and detect-secrets (keys and passwords). Exit status 1, with each finding, if either finds anything.

Usage: ``python scripts/scan_package.py dist/lodestone-<version>.zip`` with bandit and detect-secrets installed
(``requirements-scan.txt``; ``make package`` does both).
"""
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def scan(archive):
    """Findings (list of str) of Bandit and detect-secrets on the unpacked ``archive``."""
    tools = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(folder)
        bandit = subprocess.run([str(tools / "bandit"), "-r", "-q", "-f", "json", folder], capture_output=True,
                                text=True)
        findings = [f"bandit {issue['test_id']} ({issue['issue_severity']}): {issue['issue_text']} at "
                    f"{Path(issue['filename']).relative_to(folder)}:{issue['line_number']}"
                    for issue in json.loads(bandit.stdout)["results"]]
        secrets = subprocess.run([str(tools / "detect-secrets"), "scan", "--all-files", folder], capture_output=True,
                                 text=True, check=True)
        for filename, results in json.loads(secrets.stdout)["results"].items():
            findings += [f"detect-secrets {result['type']} at {Path(filename).name}:{result['line_number']}"
                         for result in results]
    return findings


if __name__ == "__main__":
    found = scan(sys.argv[1])
    for finding in found:
        print(finding)
    print(f"{sys.argv[1]}: {len(found)} finding(s) from bandit and detect-secrets")
    sys.exit(1 if found else 0)
