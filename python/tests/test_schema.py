"""schema/finex.schema.json describes every record: those of the command line over the seed
articles and the development articles beside the checkout (with and without --evidence), error
records, records with warnings, and the Python module's."""
import json
import os

import pytest

from conftest import CLI, SEEDS, SOURCE_DIR, run_cli

jsonschema = pytest.importorskip("jsonschema")  # Debian: python3-jsonschema

SCHEMA = os.path.join(SOURCE_DIR, "schema", "finex.schema.json")
DEV = os.path.join(SOURCE_DIR, "..", "shared", "dev")


@pytest.fixture(scope="module")
def validator():
    with open(SCHEMA, encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check_all(validator, records):
    assert records
    for record in records:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        assert not errors, f"{record.get('document')}: {errors[0].message}"


def corpus_folders():
    return [SEEDS] + ([DEV] if os.path.isdir(DEV) else [])


@pytest.mark.parametrize("evidence", [[], ["--evidence"]])
def test_every_record_over_the_articles_fits_the_schema(validator, evidence):
    records = run_cli([*evidence, "-j", "2", *corpus_folders()])
    check_all(validator, records)
    assert any(record["fines"] for record in records)


def test_error_records_and_warnings_fit_the_schema(validator, tmp_path, finex_module):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"GIF89a\0\0")
    # UTF-8 with a stray byte, and a file in windows-1252: both read, each with its warning.
    (tmp_path / "invalid.txt").write_bytes("“The CNIL” — Paris — fined Acme".encode() + b" \xff 2 million euros.")
    (tmp_path / "latin.txt").write_bytes("Die Behörde verhängte ein Bußgeld von 2 Millionen Euro.".encode("cp1252"))
    records = run_cli([str(tmp_path), str(tmp_path / "missing.txt")])
    assert {r.get("error", {}).get("code") for r in records} == {"empty", "binary", None,
                                                                   "unreadable"}
    stream = "not json\n" + json.dumps({"text": "x", "published": "yesterday"}) + "\n"
    records += run_cli(["--stream"], stdin=stream.encode())
    german = ("Die Behörde hat gegen das Unternehmen eine Geldbuße von 20 Millionen Euro verhängt,"
              " weil es die Daten seiner Kunden ohne Einwilligung weitergegeben hat.")
    records.append(finex_module.Extractor(languages=["en"]).extract(german))
    records += finex_module.Extractor().extract_many([b"", {"text": 1}, german])
    codes = {w["code"] for r in records for w in r.get("warnings", [])}
    assert codes == {"invalid_utf8", "language_not_enabled", "encoding"}
    check_all(validator, records)

