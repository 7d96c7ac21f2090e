"""examples/dask_batch.py on a real distributed cluster: two worker processes on loopback, the
recipe pointed at it with --scheduler, its records and CSV equal to the command line's."""
import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import CLI, MODULE_DIR, SEEDS, SOURCE_DIR, run_cli

distributed = pytest.importorskip("distributed")

RECIPE = os.path.join(SOURCE_DIR, "examples", "dask_batch.py")


@pytest.fixture(scope="module")
def cluster():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    try:
        with distributed.Client(cluster) as client:
            client.wait_for_workers(2, timeout=120)
        yield cluster
    finally:
        cluster.close(timeout=30)


def by_seed_name(records):
    # The command line names a document by the path it was given, the recipe by the path
    # under its input folder: compare by the file's path relative to the seed folder.
    named = {}
    for record in records:
        name = os.path.relpath(os.path.join(SEEDS, record["document"]), SEEDS)
        record = dict(record, document=name)
        named[name] = record
    return named


def test_recipe_on_a_two_worker_cluster_equals_the_command_line(cluster, tmp_path):
    output = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, RECIPE, SEEDS, str(output), "--scheduler", cluster.scheduler_address,
         "--module-path", MODULE_DIR, "--partitions", "3", "--threads", "2"],
        capture_output=True, timeout=300, check=False,
        env=dict(os.environ, PYTHONPATH=""))  # the workers find finex through --module-path
    assert done.returncode == 0, done.stderr.decode(errors="replace")

    parts = sorted((output / "records").iterdir())
    assert [part.name for part in parts] == ["00000.jsonl", "00001.jsonl", "00002.jsonl"]
    assert all(part.read_bytes().endswith(b"}\n") for part in parts)
    records = [json.loads(line) for part in parts
               for line in part.read_text(encoding="utf-8").splitlines()]
    expected = run_cli([SEEDS])
    assert len(records) == len(expected) >= 5
    assert by_seed_name(records) == by_seed_name(expected)

    cli_csv = subprocess.run([CLI, "extract", "-q", "--format", "csv", SEEDS],
                             capture_output=True, timeout=300, check=True).stdout.decode()
    recipe_csv = (output / "fines.csv").read_bytes().decode()

    def rows(text):
        table = list(csv.reader(io.StringIO(text, newline="")))
        return [table[0]] + sorted([os.path.relpath(os.path.join(SEEDS, row[0]), SEEDS)] + row[1:]
                                   for row in table[1:])

    assert rows(recipe_csv) == rows(cli_csv)
    assert len(rows(recipe_csv)) > len(records)
    assert f"{len(records)} documents, {len(rows(recipe_csv)) - 1} fines, 0 errors" in \
        done.stderr.decode()


def run_recipe(cluster, output, *arguments):
    return subprocess.run(
        [sys.executable, RECIPE, SEEDS, str(output), "--scheduler", cluster.scheduler_address,
         "--module-path", MODULE_DIR, *arguments],
        capture_output=True, timeout=300, check=False, env=dict(os.environ, PYTHONPATH=""))


def test_a_second_run_into_one_folder_is_refused_or_replaces_the_first(cluster, tmp_path):
    output = tmp_path / "out"
    assert run_recipe(cluster, output, "--partitions", "3").returncode == 0
    refused = run_recipe(cluster, output, "--partitions", "2")
    assert refused.returncode != 0
    assert b"--overwrite" in refused.stderr
    assert len(list((output / "records").iterdir())) == 3  # untouched
    replaced = run_recipe(cluster, output, "--partitions", "2", "--overwrite")
    assert replaced.returncode == 0, replaced.stderr.decode(errors="replace")
    parts = sorted(part.name for part in (output / "records").iterdir())
    assert parts == ["00000.jsonl", "00001.jsonl"]
    lines = [line for part in sorted((output / "records").iterdir())
             for line in part.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len([name for name in os.listdir(SEEDS) if name.endswith(".txt")])
