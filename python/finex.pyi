"""Type hints of the finex module (the finex C++ library): see help(finex) and the README."""
from typing import Any, Iterable, Mapping, Optional, Sequence, TypedDict, Union

__version__: str

Text = Union[str, bytes, bytearray]
# A record of the JSON contract (record schema 2, schema/finex.schema.json): a result
# {"document", "language", "published", "fines", "warnings"} or an error record
# {"document", "error": {"code", "message"}, "fines": []}.
Record = dict[str, Any]


class Options(TypedDict, total=False):
    languages: Sequence[str]        # ISO 639-1 codes, any case; empty: every bundled language
    language_dirs: Sequence[str]    # folders of language packs read after the bundled ones
    max_document_bytes: int         # larger documents are refused with "too_large"
    max_mentions: int               # amounts considered per document, the rest dropped
    max_sentence_bytes: int         # longer runs without a sentence end are cut
    evidence: bool                  # every fine also gets sentence.text, trigger and rule
    prefilter: bool                 # False changes no result, only the time taken


class Error(ValueError):
    """A document finex cannot process: code "empty", "binary", "too_large" or
    "invalid_input"."""
    code: str
    message: str
    record: Optional[Record]

    def __init__(self, code: str, message: str, record: Optional[Record] = ...) -> None: ...


class Extractor:
    """Built once from its options, immutable, safe to share between threads; pickles as its
    options. Raises ValueError for an unknown language code or a broken language pack."""

    def __init__(self, options: Optional[Options] = ..., *,
                 languages: Sequence[str] = ..., language_dirs: Sequence[str] = ...,
                 max_document_bytes: int = ..., max_mentions: int = ...,
                 max_sentence_bytes: int = ..., evidence: bool = ...,
                 prefilter: bool = ...) -> None: ...

    @property
    def options(self) -> Options: ...

    def extract(self, text: Text, document: Optional[str] = ..., published: Optional[str] = ...,
                language: Optional[str] = ...) -> Record:
        """The record of one document; raises Error for one it cannot process (a published
        date that is no calendar date, an unknown language: "invalid_input")."""
        ...

    def extract_many(self, items: Iterable[Union[Text, Mapping[str, Any]]],
                     threads: int = ...) -> list[Record]:
        """One record per item, in input order, an error record for a bad one; never raises
        for a document."""
        ...


def aggregate(records: Iterable[Record]) -> list[dict[str, Any]]:
    """One dict per real-world fine, as `finex aggregate` writes them."""
    ...
