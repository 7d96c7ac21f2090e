#!/usr/bin/env python3
"""Extract the fines of a folder of articles on a Dask cluster.

    python3 examples/dask_batch.py INPUT_DIR OUTPUT_DIR [--scheduler ADDRESS] [--workers N]
                                   [--module-path DIR] [--partitions N] [--threads N]
                                   [--overwrite]

Every *.txt file under INPUT_DIR (recursively, as `finex extract DIR` does) is read as bytes on
a worker and extracted with the finex Python module. Written to OUTPUT_DIR:
    records/NNNNN.jsonl   one JSON Lines file per partition, one record per article, equal to
                          the command line's record ("document" is the path under INPUT_DIR)
    fines.csv             every fine (and every document with an error), with the columns of
                          `finex extract --format csv`
An OUTPUT_DIR that already holds a result is refused, or with --overwrite that result is removed
first: the files of two runs never mix.

Without --scheduler a LocalCluster of --workers processes starts on this machine. With
--scheduler tcp://host:8786 the same run goes to a multi-machine cluster: INPUT_DIR and OUTPUT_DIR
must then be paths every worker sees (a shared file system), and the finex module must be
importable on every worker: installed there, on the workers' PYTHONPATH, or at --module-path.

--module-path (default: $FINEX_PYTHON_MODULE_DIR, else build/python of this checkout) is the
folder holding finex.cpython-*.so; each task puts it on sys.path before importing finex.
"""
import argparse
import csv
import json
import os
import shutil
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster, get_worker, progress

CSV_COLUMNS = ["document", "kind", "entity", "authority", "authority_name", "country",
               "amount", "currency", "date", "confidence", "language", "published",
               "amount_text", "error"]


def list_articles(input_dir, extension):
    found = []
    for folder, _, names in os.walk(input_dir, followlinks=False):
        found.extend(os.path.join(folder, name) for name in names if name.endswith(extension)
                     and len(name) > len(extension))
    return sorted(found)


def worker_extractor(finex, options):
    """One Extractor per worker process, kept on the worker between tasks: construction
    compiles every pattern (about a second on a busy machine), extraction of an article takes
    milliseconds. The Extractor is immutable, so the worker's threads share it."""
    key = repr(sorted(options.items()))
    try:
        cache = get_worker().__dict__.setdefault("finex_extractors", {})
    except ValueError:  # not on a worker (the synchronous scheduler): no cache
        return finex.Extractor(options)
    if key not in cache:
        cache[key] = finex.Extractor(options)
    return cache[key]


def extract_partition(paths, input_dir, module_path, options, threads):
    """Runs on a worker: reads its articles as bytes and extracts them in one extract_many()
    call, which releases the GIL and uses `threads` threads."""
    if module_path and module_path not in sys.path:
        sys.path.insert(0, module_path)
    import finex  # imported on the worker, after its path is set

    extractor = worker_extractor(finex, options)
    items, unreadable = [], {}
    for position, path in enumerate(paths):
        document = os.path.relpath(path, input_dir).replace(os.sep, "/")
        try:
            with open(path, "rb") as article:
                items.append({"id": document, "text": article.read()})
        except OSError as error:
            # The command line's record for a file it cannot read.
            unreadable[position] = {"document": document, "fines": [],
                                    "error": {"code": "unreadable", "message": str(error)}}
            items.append({"id": document, "text": b""})
    records = extractor.extract_many(items, threads=threads)
    return [unreadable.get(position, record) for position, record in enumerate(records)]


def amount_text(value):
    # JSON numbers come back as int or float; the command line prints the exact decimal.
    return "" if value is None else str(value)


def fine_rows(records):
    """The rows of `finex extract --format csv`: one per fine, one per document with an error."""
    rows = []
    for record in records:
        published = record.get("published") or ""
        if "error" in record:
            error = record["error"]
            rows.append([record["document"]] + [""] * 10 + [published, "",
                        f"{error['code']}: {error['message']}"])
        for fine in record.get("fines", []):
            entity = fine.get("entity") or {}
            authority = fine.get("authority") or {}
            amount = fine.get("amount") or {}
            date = fine.get("date") or {}
            rows.append([record["document"], fine["kind"], entity.get("text", ""),
                         authority.get("text", ""), authority.get("name", ""),
                         authority.get("country", ""), amount_text(amount.get("value")),
                         amount.get("currency", ""), date.get("value", ""),
                         "%.2f" % fine["confidence"], record.get("language") or "", published,
                         amount.get("text", ""), ""])
    return rows


def clear_output(output_dir, overwrite):
    """A second run into the same folder replaces the first (--overwrite) or is refused: a run
    with fewer partitions would otherwise leave the earlier run's last files beside its own."""
    records_dir = os.path.join(output_dir, "records")
    fines_csv = os.path.join(output_dir, "fines.csv")
    if not (os.path.exists(records_dir) or os.path.exists(fines_csv)):
        return
    if not overwrite:
        raise SystemExit(f"{output_dir} already holds a result (records/, fines.csv): "
                         "give --overwrite to replace it, or another folder")
    shutil.rmtree(records_dir, ignore_errors=True)
    if os.path.exists(fines_csv):
        os.remove(fines_csv)


def run(client, input_dir, output_dir, module_path, options=None, partitions=0, threads=1,
        extension=".txt", overwrite=False):
    """Extracts every article under input_dir on the cluster behind `client`; returns
    (documents, fines, errors)."""
    paths = list_articles(input_dir, extension)
    if not paths:
        raise SystemExit(f"no *{extension} files under {input_dir}")
    clear_output(output_dir, overwrite)
    workers = max(1, len(client.scheduler_info()["workers"]))
    partitions = partitions or min(len(paths), 4 * workers)

    records = (db.from_sequence(paths, npartitions=partitions)
               .map_partitions(extract_partition, input_dir, module_path, options or {}, threads)
               .persist())
    progress(records)  # a progress bar on the terminal while the workers extract
    print(file=sys.stderr)

    os.makedirs(output_dir, exist_ok=True)
    (records.map(lambda record: json.dumps(record, ensure_ascii=False, separators=(",", ":")))
            .to_textfiles(os.path.join(output_dir, "records", "*.jsonl"),
                          name_function=lambda index: f"{index:05d}", encoding="utf-8",
                          last_endline=True))  # every line of JSON Lines ends with a newline

    rows = records.map_partitions(fine_rows).compute()
    with open(os.path.join(output_dir, "fines.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as the command line
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)

    errors = records.filter(lambda record: "error" in record).count().compute()
    return len(paths), sum(1 for row in rows if not row[-1]), errors


def default_module_path():
    if os.environ.get("FINEX_PYTHON_MODULE_DIR"):
        return os.environ["FINEX_PYTHON_MODULE_DIR"]
    checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(checkout, "build", "python")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://host:8786")
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes of the LocalCluster started without --scheduler")
    parser.add_argument("--module-path", default=default_module_path(),
                        help="folder of the finex module on the workers")
    parser.add_argument("--partitions", type=int, default=0,
                        help="default: 4 per worker, at most one per article")
    parser.add_argument("--threads", type=int, default=1,
                        help="extraction threads per task (extract_many)")
    parser.add_argument("--languages", help="comma-separated ISO 639-1 codes (default: all)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace the result already in OUTPUT_DIR (otherwise refused)")
    args = parser.parse_args()

    options = {"languages": args.languages.split(",")} if args.languages else {}
    input_dir = os.path.abspath(args.input_dir)
    output_dir = os.path.abspath(args.output_dir)
    module_path = os.path.abspath(args.module_path) if args.module_path else None

    started = time.monotonic()
    if args.scheduler:
        with Client(args.scheduler) as client:
            counts = run(client, input_dir, output_dir, module_path, options, args.partitions,
                         args.threads, overwrite=args.overwrite)
    else:
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            counts = run(client, input_dir, output_dir, module_path, options, args.partitions,
                         args.threads, overwrite=args.overwrite)
    documents, fines, errors = counts
    print(f"finex on dask: {documents} documents, {fines} fines, {errors} errors, "
          f"{time.monotonic() - started:.2f} s -> {output_dir}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
