#!/usr/bin/env python3
"""Checks the installer inputs that no Linux build uses, so that a mistake shows here and not only on a hosted runner.

  python3 installer/check-inputs.py               (Linux CI, installer/lint.sh) the workflow YAML, every XML and plist
                                                  file under installer/, and the identities an upgrade depends on
  python3 installer/check-inputs.py --built DIR   (Windows and macOS jobs, after the build) what jpackage generated in
                                                  DIR: the WiX sources it kept (--temp) and the app's Info.plist

Exit status 0 when everything holds; one line per problem otherwise (exit 1). Standard library only, except the YAML
check, which needs PyYAML (Debian: python3-yaml).
"""
import glob
import os
import plistlib
import sys
import xml.etree.ElementTree as ElementTree

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
WORKFLOW = os.path.join(ROOT, ".github", "workflows", "installers.yml")
# never change these two: a newer installer finds and replaces the installed version by them
UPGRADE_CODE = "50d455a0-e52f-47e8-a3dc-625289eee9a6"
BUNDLE_ID = "org.outboxdoctor.OutboxDoctor"
# each hosted job runs the scripts of its OS (the Linux one is what .ci/run runs)
JOB_SCRIPTS = {
    "linux": ["installer/linux/ci.sh"],
    "windows": ["installer/windows/wix.sh", "installer/windows/ci-test.sh"],
    "macos": ["installer/macos/ci-test.sh"],
}
RUNNERS = {"linux": {"ubuntu-latest"}, "windows": {"windows-latest"}, "macos": {"macos-latest", "macos-15-intel"}}

problems = []


def problem(text):
    problems.append(text)


def relative(path):
    return os.path.relpath(path, ROOT)


def args_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")]


def check_xml(path):
    try:
        ElementTree.parse(path)
    except ElementTree.ParseError as e:
        problem(f"{relative(path)}: not well-formed XML: {e}")


def check_plist(path):
    try:
        with open(path, "rb") as f:
            return plistlib.load(f)
    except Exception as e:  # plistlib raises several kinds for a broken file
        problem(f"{relative(path)}: not a valid property list: {e}")
        return None


def check_workflow():
    try:
        import yaml
    except ImportError:
        problem("PyYAML is missing (Debian: apt-get install python3-yaml): the workflow cannot be checked")
        return
    try:
        with open(WORKFLOW, encoding="utf-8") as f:
            workflow = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        problem(f"{relative(WORKFLOW)}: {e}")
        return
    jobs = workflow.get("jobs") if isinstance(workflow, dict) else None
    if not isinstance(jobs, dict):
        problem(f"{relative(WORKFLOW)}: no jobs")
        return
    for name, scripts in JOB_SCRIPTS.items():
        job = jobs.get(name)
        if not isinstance(job, dict):
            problem(f"{relative(WORKFLOW)}: no job '{name}'")
            continue
        runs_on = job.get("runs-on", "")
        matrix = job.get("strategy", {}).get("matrix", {}).get("runner", [])
        runners = set(matrix) if "matrix.runner" in str(runs_on) else {runs_on}
        if runners != RUNNERS[name]:
            problem(f"{relative(WORKFLOW)}: job '{name}' runs on {sorted(runners)}, expected {sorted(RUNNERS[name])}")
        commands = " ".join(str(step.get("run", "")) for step in job.get("steps", []))
        for script in scripts:
            if script not in commands:
                problem(f"{relative(WORKFLOW)}: job '{name}' does not run {script}")
            elif not os.path.isfile(os.path.join(ROOT, script)):
                problem(f"{relative(WORKFLOW)}: job '{name}' runs {script}, which does not exist")
        uploads = [step for step in job.get("steps", []) if str(step.get("uses", "")).startswith("actions/upload-artifact")]
        if not uploads:
            problem(f"{relative(WORKFLOW)}: job '{name}' uploads no installer")


def check_identities():
    windows = " ".join(args_lines(os.path.join(ROOT, "installer", "windows", "package.args")))
    if f"--win-upgrade-uuid {UPGRADE_CODE}" not in windows:
        problem(f"installer/windows/package.args: the upgrade code must stay {UPGRADE_CODE}")
    for option in ("--win-per-user-install", "--win-menu", "--win-shortcut"):
        if option not in windows.split():
            problem(f"installer/windows/package.args: {option} is missing")
    for args in ("app-image.args", "package.args"):
        mac = " ".join(args_lines(os.path.join(ROOT, "installer", "macos", args)))
        if f"--mac-package-identifier {BUNDLE_ID}" not in mac:
            problem(f"installer/macos/{args}: the bundle identifier must stay {BUNDLE_ID}")


def check_sources():
    check_workflow()
    check_identities()
    for path in glob.glob(os.path.join(ROOT, "installer", "**", "*"), recursive=True):
        if path.endswith((".xml", ".wxs", ".wxi", ".wxl")):
            check_xml(path)
        elif path.endswith(".plist"):
            check_plist(path)


def check_built(work):
    wix = sorted(glob.glob(os.path.join(work, "**", "*.wx[sil]"), recursive=True))
    plists = sorted(glob.glob(os.path.join(work, "image", "*.app", "Contents", "Info.plist")))
    if not wix and not plists:
        problem(f"{work}: neither WiX sources (jpackage --temp) nor an app's Info.plist: nothing to check")
    for path in wix:
        check_xml(path)
    if wix:
        print(f"WiX sources kept by jpackage: {len(wix)}, all well-formed XML" if not problems else "WiX sources: see below")
    for path in plists:
        info = check_plist(path)
        if info is None:
            continue
        if info.get("CFBundleIdentifier") != BUNDLE_ID:
            problem(f"{path}: CFBundleIdentifier is {info.get('CFBundleIdentifier')}, expected {BUNDLE_ID}")
        version = str(info.get("CFBundleVersion", ""))
        if not version or version.startswith("0"):
            problem(f"{path}: CFBundleVersion {version!r} (macOS needs a first number of at least 1)")
        print(f"Info.plist: {info.get('CFBundleIdentifier')} {info.get('CFBundleShortVersionString')}"
              f" (CFBundleVersion {version}), icon {info.get('CFBundleIconFile')}")


def main(argv):
    if len(argv) == 3 and argv[1] == "--built":
        check_built(argv[2])
    elif len(argv) == 1:
        check_sources()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for text in problems:
        print(f"check-inputs: {text}", file=sys.stderr)
    if not problems and len(argv) == 1:
        print("check-inputs: workflow, XML and plist inputs, upgrade code and bundle identifier are in order")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
