"""extract() and extract_many() release the GIL while C++ works.

No timing: with a switch interval far longer than the test, the interpreter never takes the GIL
from a thread by force, so another Python thread can only run while the calling thread gives the
GIL up. A counter thread that advances during the call proves the call released it; a C loop that
keeps the GIL (sum over a range) leaves the counter still, which shows the check can fail."""
import sys
import threading

import pytest

from conftest import seed_paths


class Counter:
    def __init__(self):
        self.count = 0
        self.started = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        self.started.set()
        while not self.stop.is_set():
            self.count += 1
            self.stop.wait(0.0005)  # gives the GIL back, then needs it again to count

    def advance_during(self, call):
        before = self.count
        result = call()
        return self.count - before, result


@pytest.fixture
def counter():
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    counter = Counter()
    counter.thread.start()
    counter.started.wait(10)
    try:
        yield counter
    finally:
        counter.stop.set()
        counter.thread.join(10)
        sys.setswitchinterval(previous)


@pytest.fixture(scope="module")
def long_batch():
    texts = []
    for path in seed_paths():
        with open(path, "rb") as article:
            texts.append(article.read())
    return texts * 20


def test_a_call_holding_the_gil_stops_the_counter(counter):
    advanced, _ = counter.advance_during(lambda: sum(range(30_000_000)))
    assert advanced == 0


def test_extract_many_releases_the_gil(counter, extractor, long_batch):
    advanced, records = counter.advance_during(
        lambda: extractor.extract_many(long_batch, threads=1))
    assert len(records) == len(long_batch)
    assert advanced > 0


def test_extract_releases_the_gil(counter, extractor, long_batch):
    text = b"\n\n".join(long_batch)
    advanced, record = counter.advance_during(lambda: extractor.extract(text))
    assert record["fines"]
    assert advanced > 0


def test_threads_share_one_extractor(extractor, long_batch):
    expected = extractor.extract_many(long_batch[:5], threads=1)
    results = [None] * 4

    def work(slot):
        results[slot] = extractor.extract_many(long_batch[:5], threads=2)

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert results == [expected] * 4
