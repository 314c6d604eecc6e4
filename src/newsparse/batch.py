"""Many inputs, in parallel, with exactly one result or one error record per input.

``parse_many`` streams: inputs are read lazily and at most a bounded number are in flight,
so memory stays flat however many there are. Results come in input order (or as they
finish with ``ordered=False``). An input that cannot be parsed gives a ``Result`` whose
``error`` says why; nothing raises out of the loop.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsparse.article import Article
from newsparse.errors import ParseError
from newsparse.parse import parse, parse_file

# Inputs in flight per worker process: enough to keep workers busy, few enough to stay flat.
IN_FLIGHT_PER_JOB = 8


@dataclass(frozen=True)
class Task:
    """One input: its id, and either a path to read or the content itself."""

    id: str
    path: str | None = None
    content: str | bytes | None = None
    url: str | None = None
    reference_date: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    failure: tuple[str, str] | None = None  # (kind, message) when the input could not be read


@dataclass(frozen=True)
class Result:
    """What one input gave: an article, or an error (``kind`` and ``message``)."""

    id: str
    article: Article | None = None
    error_kind: str | None = None
    error_message: str | None = None
    source: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.article is not None

    def to_record(self) -> dict[str, Any]:
        """A JSON-safe record: the id, the source, carried-through fields, then the article or
        ``{"error": {"kind": ..., "message": ...}}``."""
        record: dict[str, Any] = {"id": self.id, "source": self.source, **dict(self.extra)}
        if self.article is not None:
            record.update(self.article.to_dict())
        else:
            record["error"] = {"kind": self.error_kind, "message": self.error_message}
        return record


def to_task(item: str | bytes | os.PathLike[str] | Mapping[str, Any] | Task, number: int) -> Task:
    """Turn one input of ``parse_many`` into a Task.

    A ``Path`` (or a ``str`` naming an existing file) is read by the worker; other ``str``
    and ``bytes`` are the page itself; a mapping is a record with ``html`` or ``text`` (and
    optionally ``id``, ``url``, ``reference_date``; other fields are carried through).
    """
    if isinstance(item, Task):
        return item
    if isinstance(item, os.PathLike) or (isinstance(item, str) and "\n" not in item and len(item) < 4096
                                         and Path(item).is_file()):
        path = os.fspath(item)
        return Task(id=path, path=path)
    if isinstance(item, (str, bytes)):
        return Task(id=str(number), content=item)
    if isinstance(item, Mapping):
        content = item.get("html", item.get("text", item.get("content")))
        extra = {k: v for k, v in item.items() if k not in ("html", "text", "content", "id")}
        return Task(
            id=str(item.get("id", number)),
            content=content if isinstance(content, (str, bytes)) else None,
            url=item.get("url") if isinstance(item.get("url"), str) else None,
            reference_date=item.get("reference_date") if isinstance(item.get("reference_date"), str) else None,
            extra=extra,
        )
    raise TypeError(f"cannot parse an input of type {type(item).__name__}")


def parse_task(task: Task) -> Article:
    """Parse one task, keeping the block trace; raises ParseError for unusable input."""
    if task.failure is not None:
        raise ParseError(*task.failure)
    if task.path is not None:
        article = parse_file(task.path, url=task.url, reference_date=task.reference_date)
    elif task.content is None:
        raise ParseError("input", "the record has no html or text field")
    else:
        article = parse(task.content, url=task.url, reference_date=task.reference_date)
    if not article.blocks:
        raise ParseError("empty", "the input is empty (no text)")
    return article


def run_task(task: Task) -> Result:
    """Parse one task; every failure becomes an error result (this never raises)."""
    source = task.path or task.url
    try:
        article = parse_task(task)
    except ParseError as exc:
        return Result(task.id, None, exc.kind, exc.message, source, task.extra)
    except Exception as exc:  # a bug must cost one record, not the batch
        return Result(task.id, None, "internal", f"{type(exc).__name__}: {exc}", source, task.extra)
    # The block trace stays behind: it is for --explain, and costly to ship between processes.
    return Result(task.id, dataclasses.replace(article, blocks=()), None, None, source, task.extra)


def parse_many(
    inputs: Iterable[str | bytes | os.PathLike[str] | Mapping[str, Any] | Task],
    *,
    jobs: int | None = None,
    ordered: bool = True,
    reference_date: dt.datetime | str | None = None,
) -> Generator[Result, None, None]:
    """Parse many inputs; yield one `Result` per input, lazily.

    ``jobs`` is the number of worker processes (default: the machine's cores; 1 parses in
    this process). ``ordered=False`` yields results as they finish. Closing the generator
    early (``close()``, or leaving a ``with contextlib.closing(...)`` block) stops the
    workers after the tasks they are running.
    """
    reference = reference_date.isoformat() if isinstance(reference_date, dt.datetime) else reference_date
    tasks = (_with_reference(to_task(item, n), reference) for n, item in enumerate(inputs))
    workers = jobs or os.cpu_count() or 1
    if workers <= 1:
        yield from map(run_task, tasks)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        pending: deque[Future[Result]] = deque()
        limit = workers * IN_FLIGHT_PER_JOB
        for task in tasks:
            pending.append(pool.submit(run_task, task))
            if len(pending) >= limit:
                yield from _drain(pending, ordered, keep=limit - 1)
        yield from _drain(pending, ordered, keep=0)
    finally:
        # Interrupted or abandoned: drop what has not started, and wait only for the few
        # tasks already running. Not waiting leaves the pool's manager thread closing its
        # wake-up pipe while the interpreter's exit hook writes to it ("Bad file descriptor"
        # printed at exit on Python 3.11).
        pool.shutdown(wait=True, cancel_futures=True)


def _with_reference(task: Task, reference: str | None) -> Task:
    if reference is None or task.reference_date is not None:
        return task
    return dataclasses.replace(task, reference_date=reference)


def _drain(pending: deque[Future[Result]], ordered: bool, keep: int) -> Iterator[Result]:
    """Yield finished results until at most ``keep`` remain in flight."""
    while len(pending) > keep:
        if ordered:
            yield pending.popleft().result()
            continue
        done = next((f for f in pending if f.done()), None)
        if done is None:
            done = pending[0]
        pending.remove(done)
        yield done.result()
