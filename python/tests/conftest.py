"""Shared set-up of the finex Python tests. CTest passes the built module's folder, the command
line program and the source tree in the environment; by hand they default to build/."""
import json
import os
import subprocess
import sys

import pytest

SOURCE_DIR = os.environ.get(
    "FINEX_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
MODULE_DIR = os.environ.get("FINEX_PYTHON_MODULE_DIR", os.path.join(SOURCE_DIR, "build", "python"))
CLI = os.environ.get("FINEX_CLI", os.path.join(SOURCE_DIR, "build", "tools", "finex", "finex"))
SEEDS = os.path.join(SOURCE_DIR, "corpus", "seeds")
# A toy language pack (Esperanto) for the language_dirs option.
TOY_PACKS = os.path.join(SOURCE_DIR, "tests", "packs")

sys.path.insert(0, MODULE_DIR)


def seed_paths():
    return sorted(os.path.join(SEEDS, name) for name in os.listdir(SEEDS) if name.endswith(".txt"))


def run_cli_command(arguments, stdin=None):
    """The JSON records a command of the command line writes, one per output line."""
    done = subprocess.run([CLI, *arguments], input=stdin, capture_output=True, check=False,
                          timeout=300)
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


def run_cli(arguments, stdin=None):
    """The records of `finex extract`, one per output line."""
    return run_cli_command(["extract", "-q", *arguments], stdin)


@pytest.fixture(scope="session")
def finex_module():
    import finex
    return finex


@pytest.fixture(scope="session")
def extractor(finex_module):
    return finex_module.Extractor()


@pytest.fixture(scope="session")
def cli_seed_records():
    """{absolute path: record} for every seed article, from one run of the command line."""
    records = run_cli(seed_paths())
    return {record["document"]: record for record in records}
