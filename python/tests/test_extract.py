"""finex.Extractor: records equal the command line's, errors raise finex.Error, options."""
import json
import pickle

import pytest

from conftest import run_cli, run_cli_command, seed_paths, TOY_PACKS

EN = "The CNIL fined Google 50 million euros on 21 January 2019."
# Two-byte letters before the amount: byte offsets and character offsets differ.
FR = "La CNIL a infligé à Société Générale une amende de 2 millions d'euros le 3 mars 2021."


def test_seed_records_equal_the_command_line(extractor, cli_seed_records):
    paths = seed_paths()
    assert len(paths) >= 5 and len(cli_seed_records) == len(paths)
    for path in paths:
        with open(path, "rb") as article:
            record = extractor.extract(article.read(), document=path)
        assert record == cli_seed_records[path], path
        assert record["fines"], path


def test_extract_many_equals_the_command_line_in_input_order(extractor, cli_seed_records):
    paths = seed_paths()
    items = []
    for path in reversed(paths):
        with open(path, "rb") as article:
            items.append({"id": path, "text": article.read()})
    records = extractor.extract_many(items, threads=3)
    assert [record["document"] for record in records] == list(reversed(paths))
    for record in records:
        assert record == cli_seed_records[record["document"]]


def test_extract_many_equals_stream_mode(extractor):
    items = [{"id": "a", "text": EN, "published": "2019-01-22"},
             {"text": FR, "language": "fr"},
             {"id": 7, "text": ""},
             {"id": "d", "text": EN, "published": 2019}]
    stream = "".join(json.dumps(item) + "\n" for item in items).encode()
    expected = run_cli(["--stream"], stdin=stream)
    records = extractor.extract_many(items, threads=2)
    assert records == expected
    assert [r["document"] for r in records] == ["a", "line:2", "7", "d"]
    assert records[2]["error"]["code"] == "empty"
    assert records[3]["error"]["code"] == "invalid_input"


def test_str_and_bytes_give_byte_offsets_into_the_utf8_input(extractor):
    record = extractor.extract(FR, document="fr-1", published="2021-03-04", language="fr")
    assert record == extractor.extract(FR.encode("utf-8"), document="fr-1",
                                       published="2021-03-04", language="fr")
    assert record["document"] == "fr-1" and record["language"] == "fr"
    raw = FR.encode("utf-8")
    (fine,) = record["fines"]
    amount = fine["amount"]
    assert amount["value"] == 2000000 and amount["currency"] == "EUR"
    assert raw[amount["start"]:amount["end"]].decode() == amount["text"] == "2 millions d'euros"
    assert fine["date"]["value"] == "2021-03-03"


@pytest.mark.parametrize("text, code", [
    ("", "empty"),
    (b"", "empty"),
    (b"fined\x00\x00\x01 10 million euros", "binary"),
])
def test_unusable_documents_raise_finex_error(finex_module, extractor, text, code):
    with pytest.raises(finex_module.Error) as raised:
        extractor.extract(text, document="bad")
    assert raised.value.code == code
    assert raised.value.message
    assert raised.value.record == {"document": "bad", "fines": [],
                                   "error": {"code": code, "message": raised.value.message}}
    assert isinstance(raised.value, ValueError)
    assert pickle.loads(pickle.dumps(raised.value)).code == code


def test_too_large_follows_max_document_bytes(finex_module):
    small = finex_module.Extractor({"max_document_bytes": 40})
    assert "error" not in small.extract(EN[:40])
    with pytest.raises(finex_module.Error) as raised:
        small.extract(EN)
    assert raised.value.code == "too_large"
    # extract_many never raises: the error record takes the document's place.
    records = small.extract_many([EN, EN[:30]])
    assert records[0]["error"]["code"] == "too_large"
    assert "error" not in records[1]


def test_options_as_dict_or_keywords(finex_module):
    by_dict = finex_module.Extractor({"languages": ["fr"], "max_mentions": 5})
    by_keywords = finex_module.Extractor(languages=["fr"], max_mentions=5)
    assert by_dict.options == by_keywords.options == {
        "languages": ["fr"], "language_dirs": [], "max_document_bytes": 64 << 20,
        "max_mentions": 5, "max_sentence_bytes": 8192, "evidence": False, "prefilter": True}
    assert pickle.loads(pickle.dumps(by_dict)).options == by_dict.options


def test_every_option_of_the_library_is_exposed(finex_module):
    options = {"languages": ["en"], "language_dirs": [], "max_document_bytes": 1 << 20,
               "max_mentions": 100, "max_sentence_bytes": 1024, "evidence": True,
               "prefilter": False}
    extractor = finex_module.Extractor(options)
    assert extractor.options == options
    assert pickle.loads(pickle.dumps(extractor)).options == options
    with pytest.raises(TypeError):
        finex_module.Extractor(prefilter=1)


def test_evidence_adds_sentence_trigger_and_rule(finex_module, extractor):
    with_evidence = finex_module.Extractor(evidence=True)
    assert pickle.loads(pickle.dumps(with_evidence)).options["evidence"] is True
    record = with_evidence.extract(FR, document="fr-1", language="fr")
    (fine,) = record["fines"]
    raw = FR.encode("utf-8")
    sentence, trigger = fine["sentence"], fine["trigger"]
    assert raw[sentence["start"]:sentence["end"]].decode() == sentence["text"]
    assert raw[trigger["start"]:trigger["end"]].decode() == trigger["text"] == "amende"
    assert fine["rule"] == "fine_word"
    # Without the option the record is the plain contract.
    plain = extractor.extract(FR, document="fr-1", language="fr")
    (plain_fine,) = plain["fines"]
    assert "trigger" not in plain_fine and "rule" not in plain_fine
    assert "text" not in plain_fine["sentence"]
    for key in ("kind", "entity", "authority", "amount", "date", "confidence"):
        assert plain_fine[key] == fine[key]


@pytest.mark.parametrize("options, error", [
    ({"language": ["fr"]}, TypeError),
    ({"languages": "fr"}, TypeError),
    ({"languages": [1]}, TypeError),
    ({"max_mentions": -1}, ValueError),
    ({"max_document_bytes": "10"}, TypeError),
    ({"language_dirs": "packs"}, TypeError),
    ({"evidence": 1}, TypeError),
    ({"languages": ["xx"]}, ValueError),
    ({"language_dirs": ["/nonexistent/finex/packs"]}, ValueError),
])
def test_bad_options_raise(finex_module, options, error):
    with pytest.raises(error):
        finex_module.Extractor(options)


def test_language_dirs_add_a_language(finex_module):
    toy = finex_module.Extractor(language_dirs=[str(TOY_PACKS)])
    text = ("La Datuma Oficejo monpunis Verda Kompanio S.A. per 2 milionoj da eŭroj la 12 de marto"
            " 2024. Ĝi ne protektis la datumojn de siaj klientoj, ĉar ili ne estis ĉifritaj.")
    record = toy.extract(text)
    assert record["language"] == "eo"
    [fine] = record["fines"]
    assert fine["amount"]["value"] == 2000000
    assert fine["entity"]["text"] == "Verda Kompanio S.A."
    assert pickle.loads(pickle.dumps(toy)).options["language_dirs"] == [str(TOY_PACKS)]


def test_bad_arguments_raise(extractor):
    with pytest.raises(TypeError):
        extractor.extract(42)
    with pytest.raises(TypeError):
        extractor.extract(EN, published=20190121)
    with pytest.raises(ValueError):
        extractor.extract_many([EN], threads=-1)


@pytest.mark.parametrize("published", ["2024-13-45", "2022-02-30", "yesterday", "2022"])
def test_a_published_date_that_is_no_calendar_date_raises_value_error(extractor, published):
    with pytest.raises(ValueError, match=published):
        extractor.extract(EN, published=published)
    [record] = extractor.extract_many([{"text": EN, "published": published}])
    assert record["error"]["code"] == "invalid_input"


def test_a_timestamp_is_cut_to_its_date(extractor):
    assert extractor.extract(EN, published="2019-01-22T10:00:00Z")["published"] == "2019-01-22"


@pytest.mark.parametrize("language", ["xx", "zh", "french"])
def test_unknown_languages_are_refused_naming_the_supported_ones(finex_module, extractor,
                                                                   language):
    with pytest.raises(ValueError, match="supported: cs da de el en"):
        finex_module.Extractor(languages=["en", language])
    with pytest.raises(ValueError, match="supported: cs da de el en"):
        extractor.extract(EN, language=language)


def test_language_codes_in_any_case(finex_module, extractor):
    assert finex_module.Extractor(languages=["EN", "Fr"]).options["languages"] == ["en", "fr"]
    assert extractor.extract(EN, language="EN")["language"] == "en"


def test_a_text_in_a_language_not_enabled_has_a_warning(finex_module):
    german = ("Die Datenschutzbehörde hat gegen das Unternehmen eine Geldbuße von 20 Millionen"
              " Euro verhängt, weil es die Daten seiner Kunden ohne deren Einwilligung an Dritte"
              " weitergegeben hat.")
    record = finex_module.Extractor(languages=["en"]).extract(german)
    [warning] = record["warnings"]
    assert warning["code"] == "language_not_enabled" and "'de'" in warning["message"]


def test_extract_many_keeps_one_record_per_item(extractor):
    items = [EN, 3, {"id": "x"}, {"id": 1.5, "text": EN}, EN.encode(), bytearray(EN.encode())]
    records = extractor.extract_many(iter(items), threads=4)
    assert len(records) == len(items)
    assert [r.get("error", {}).get("code") for r in records] == [
        None, "invalid_input", "invalid_input", "invalid_input", None, None]
    assert records[0]["fines"] == records[4]["fines"] == records[5]["fines"]
    assert [r["document"] for r in records] == ["line:1", "line:2", "x", "line:4", "line:5", "line:6"]
    assert extractor.extract_many([]) == []


def test_aggregate_equals_the_command_line(finex_module, extractor, tmp_path):
    paths = seed_paths()
    records = []
    for path in paths:
        with open(path, "rb") as article:
            records.append(extractor.extract(article.read(), document=path))
    events = finex_module.aggregate(records)
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(record) + "\n" for record in records))
    assert events == run_cli_command(["aggregate", str(results)])
    assert sum(event["source_count"] for event in events) == sum(len(r["fines"]) for r in records)
    cnil = [e for e in events if e["kind"] == "fine" and e["amount"] == {"value": 20000000, "currency": "EUR"}
            and e["authority"]["country"] == "FR"]
    assert len(cnil) == 1 and cnil[0]["source_count"] >= 3
    with pytest.raises(ValueError):
        finex_module.aggregate([{"fines": []}])


def test_encoding_is_detected_or_given(extractor):
    text = "La Commission a infligé à Société Nordique une amende de 3 millions d'euros."
    latin = text.encode("cp1252")
    detected = extractor.extract(latin)
    assert detected["warnings"] == [
        {"code": "encoding", "message": "invalid UTF-8: read as windows-1252 (detected)"}]
    amount = detected["fines"][0]["amount"]
    assert amount["text"] == "3 millions d'euros"
    assert latin[amount["start"]:amount["end"]] == "3 millions d'euros".encode("cp1252")
    given = extractor.extract(text.encode("utf-16"), encoding="UTF-16")
    assert given["warnings"] == [{"code": "encoding", "message": "read as UTF-16 (given)"}]
    assert given["fines"][0]["entity"]["text"] == "Société Nordique"


def test_input_format_html_reads_the_visible_text(extractor):
    page = ("<html><head><script>var fine = '9 million euros';</script></head><body>"
            "<p>The regulator fined Northwind Traders &euro;4 million.</p></body></html>")
    record = extractor.extract(page, input_format="html")
    [fine] = record["fines"]
    assert fine["amount"]["text"] == "€4 million"
    assert page.encode()[fine["amount"]["start"]:fine["amount"]["end"]] == b"&euro;4 million"
    with pytest.raises(ValueError):
        extractor.extract(page, input_format="pdf")
