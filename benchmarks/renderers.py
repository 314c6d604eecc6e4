"""Renderers the corpus does not hold: dump its pages with other tools, then score them.

    python benchmarks/renderers.py CORPUS OUT [--renderers lynx w3m html2text lines ...] [--score]

Newsparse must hold on dumps made by tools it was never tuned on. This writes a copy of
CORPUS to OUT laid out the same way (<source>/<doc>/truth.json, dump.<renderer>.txt), each
page rendered by the text renderers found on the machine (``lynx -dump -nolist``, and
``lynx -dump`` with its numbered links and list of references as ``lynxrefs``; ``w3m
-dump``, and with numbered links as ``w3mrefs``; ``pandoc -t plain``, and its Markdown
``-t gfm`` and ``-t markdown`` as ``pandocgfm`` and ``pandocmd``), by the ``html2text``
(unwrapped, and as its ``html2text()`` default wraps at 78 columns: ``html2textwrap``) and
``markdownify`` packages (Markdown) and by BeautifulSoup's ``get_text("\\n", strip=True)``
(``lines``: no blank lines at all) and ``get_text()`` (``gettext``: the source's own lines).
``htmltext`` is the ``html-text`` package's ``extract_text()``; ``innertext`` is a
browser's ``innerText`` (a reader's select-all and copy), approximated.
The truth's visibility flags for a new renderer are those the corpus gives for all of its
own renderers (a value counts as visible when every corpus dump shows it), less a headline
or author the new dump does not print at all (found only in the page's ``<title>``, say). With
``--score`` it then runs ``benchmarks/quality.py OUT --inputs dump.<renderer> ...`` and
prints its table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

TIMEOUT_S = 30
FIELDS = ("headline", "authors", "date")
RENDERER_NAMES = ["lynx", "lynxrefs", "w3m", "w3mrefs", "html2text", "html2textwrap", "lines", "gettext", "pandoc",
                  "pandocgfm", "pandocmd", "markdownify", "innertext",
                  "htmltext"]  # those installed run


def _browser(command: list[str]) -> Callable[[bytes], str | None]:
    def render(page: bytes) -> str | None:
        with tempfile.NamedTemporaryFile(suffix=".html") as tmp:
            tmp.write(page)
            tmp.flush()
            try:
                done = subprocess.run([*command, tmp.name], capture_output=True, timeout=TIMEOUT_S, check=False)
            except subprocess.TimeoutExpired:
                return None
        return done.stdout.decode("utf-8", "replace")

    return render


def _html2text(page: bytes) -> str | None:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    return str(converter.handle(page.decode("utf-8", "replace")))


def _html2text_wrapped(page: bytes) -> str | None:
    """html2text as ``html2text.html2text(page)`` calls it: hard-wrapped at 78 columns, links
    and images cut over lines, long addresses cut at their hyphens."""
    import html2text

    return str(html2text.html2text(page.decode("utf-8", "replace")))


def _get_text(page: bytes) -> str | None:
    """BeautifulSoup's ``get_text()`` with no separator: the source's own line breaks and
    indentation, and the texts of elements the source sets on one line glued together."""
    return _soup_text(page, None)


def _stripped_strings(page: bytes) -> str | None:
    """The page as the most common scraping line writes it: BeautifulSoup's
    ``get_text("\\n", strip=True)``, every text node on a line of its own and no blank line
    anywhere (links and emphasis split sentences over lines, nothing marks a paragraph's end)."""
    return _soup_text(page, "\n")


def _html_text(page: bytes) -> str | None:
    """The ``html-text`` package's ``extract_text()`` (Scrapy's ecosystem): blocks on lines of
    their own, a blank line around paragraphs and headings, the ``<title>`` first."""
    import html_text

    return str(html_text.extract_text(page.decode("utf-8", "replace")))


def _soup_text(page: bytes, separator: str | None) -> str:
    import warnings

    from bs4 import BeautifulSoup

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bs4's note on pages that look like XML
        soup = BeautifulSoup(page, "lxml")
    for hidden in soup(["script", "style", "noscript", "template", "svg"]):
        hidden.decompose()
    return str(soup.get_text()) if separator is None else str(soup.get_text(separator, strip=True))


def _markdownify(page: bytes) -> str | None:
    import re

    from markdownify import markdownify

    # markdownify prints the text of scripts and styles: they go first, as every renderer drops them.
    html = re.sub(r"(?is)<(script|style|noscript|template|svg)\b.*?</\1\s*>", "", page.decode("utf-8", "replace"))
    return str(markdownify(html))


INNER_TEXT_SKIPPED = frozenset("script style noscript template head title svg iframe object video audio canvas "
                               "select input textarea map".split())
INNER_TEXT_BLOCKS = frozenset("""address article aside blockquote body center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol pre
    section summary table ul tr caption thead tbody tfoot""".split())


def _inner_text(page: bytes) -> str | None:
    """The page as a browser's ``innerText`` gives it (Playwright's ``inner_text("body")``, a
    reader's select-all and copy), approximated without a layout engine by the HTML
    standard's algorithm over the default style sheet: block elements on lines of their own,
    a blank line around each ``<p>``, table cells joined by tabs, image text left out, white
    space collapsed. Elements a style sheet hides still show (no CSS is applied here), as
    they would in a copy made with styles off."""
    from lxml import etree, html

    try:
        root = html.fromstring(page.decode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return None
    items: list[str | int] = []  # text, or a count of required line breaks
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event in ("comment", "pi"):
            if node.tail:
                items.append(re.sub(r"\s+", " ", node.tail))
            continue
        if event == "start":
            style = (node.get("style") or "").replace(" ", "").lower()
            if not tag or tag in INNER_TEXT_SKIPPED or node.get("hidden") is not None or "display:none" in style:
                walker.skip_subtree()  # (its end event still comes, with its tail)
                continue
            if tag == "br":
                items.append("\n")
            elif tag == "p":
                items.append(2)
            elif tag in INNER_TEXT_BLOCKS:
                items.append(1)
            if node.text:
                items.append(node.text if tag == "pre" else re.sub(r"\s+", " ", node.text))
        else:
            if tag == "p":
                items.append(2)
            elif tag in INNER_TEXT_BLOCKS:
                items.append(1)
            elif tag in ("td", "th") and node.getnext() is not None:
                items.append("\t")
            if node.tail and node is not root:
                items.append(re.sub(r"\s+", " ", node.tail))
    out: list[str] = []
    breaks = 0
    for item in items:
        if isinstance(item, int):
            breaks = max(breaks, item)
            continue
        if item.isspace() and item != "\n" and (breaks or not out or out[-1].endswith("\n")):
            continue  # white space at a line's start collapses away
        if breaks and out:
            out.append("\n" * breaks)
        breaks = 0
        out.append(item)
    text = "".join(out)
    text = re.sub(r"[ ]*\n[ ]*", "\n", text)  # no space at a line's ends
    text = re.sub(r"[ ]{2,}", " ", text)
    return text.strip() + "\n"


def renderers() -> dict[str, Callable[[bytes], str | None]]:
    """The renderers available here, by name (``lines``: see _stripped_strings)."""
    found: dict[str, Callable[[bytes], str | None]] = {"lines": _stripped_strings, "gettext": _get_text,
                                                       "innertext": _inner_text}
    if shutil.which("lynx"):
        found["lynx"] = _browser(["lynx", "-dump", "-nolist", "-assume_charset=utf-8", "-display_charset=utf-8"])
        # lynx's default dump: each link numbered in the text ("[12]Harbour news") and the
        # list of their addresses ("References") at the end.
        found["lynxrefs"] = _browser(["lynx", "-dump", "-assume_charset=utf-8", "-display_charset=utf-8"])
    if shutil.which("w3m"):
        found["w3m"] = _browser(["w3m", "-dump", "-I", "utf-8", "-O", "utf-8", "-T", "text/html"])
        found["w3mrefs"] = _browser(["w3m", "-dump", "-I", "utf-8", "-O", "utf-8", "-T", "text/html",
                                     "-o", "display_link_number=1"])  # numbered links, "References:"
    if shutil.which("pandoc"):
        found["pandoc"] = _browser(["pandoc", "-f", "html", "-t", "plain"])
        # Markdown: GitHub's keeps what it cannot express as raw HTML; pandoc's own keeps it
        # as fenced divs and attribute lists.
        found["pandocgfm"] = _browser(["pandoc", "-f", "html", "-t", "gfm"])
        found["pandocmd"] = _browser(["pandoc", "-f", "html", "-t", "markdown"])
    try:
        import html2text  # noqa: F401
    except ImportError:
        pass
    else:
        found["html2text"] = _html2text
        found["html2textwrap"] = _html2text_wrapped
    try:
        import markdownify  # noqa: F401
    except ImportError:
        pass
    else:
        found["markdownify"] = _markdownify
    try:
        import html_text  # noqa: F401
    except ImportError:
        pass
    else:
        found["htmltext"] = _html_text
    return found


def visible_everywhere(truth: dict[str, object]) -> dict[str, bool]:
    """A field counts as visible for a new renderer when every corpus renderer shows it."""
    flags = truth.get("visible")
    per_renderer = [v for v in flags.values() if isinstance(v, dict)] if isinstance(flags, dict) else []
    return {f: bool(per_renderer) and all(bool(v.get(f)) for v in per_renderer) for f in FIELDS}


def _letters(text: str) -> str:
    """Only the letters and digits, case-folded: markup and numbered links between words do not hide them."""
    return "".join(char for char in unicodedata.normalize("NFKC", text).casefold() if char.isalnum())


def shown(truth: dict[str, object], dump: str, flags: dict[str, bool]) -> dict[str, bool]:
    """The flags, less the headline or authors this dump does not print (a renderer that
    leaves the page's ``<title>`` out does not show a headline found only there)."""
    letters = _letters(dump)
    headline, authors = truth.get("headline"), truth.get("authors")
    return {**flags,
            "headline": flags["headline"] and isinstance(headline, str) and _letters(headline) in letters,
            "authors": flags["authors"] and isinstance(authors, list)
            and all(_letters(str(name)) in letters for name in authors)}


def build(corpus: Path, out: Path, names: list[str]) -> int:
    """Render every page of ``corpus`` into ``out``; returns how many pages were rendered."""
    available = renderers()
    chosen = {n: available[n] for n in names if n in available}
    for missing in sorted(set(names) - set(chosen)):
        print(f"renderer not installed, skipped: {missing}", file=sys.stderr)
    pages = 0
    for doc in sorted(p for p in corpus.glob("*/*") if (p / "page.html.gz").exists()):
        target = out / doc.parent.name / doc.name
        target.mkdir(parents=True, exist_ok=True)
        truth = json.loads((doc / "truth.json").read_text(encoding="utf-8"))
        flags = visible_everywhere(truth)
        page = gzip.decompress((doc / "page.html.gz").read_bytes())
        for name, render in chosen.items():
            try:
                text = render(page)
            except Exception as error:  # a renderer's crash is that renderer's, not the page's
                print(f"{doc}: {name} failed: {error}", file=sys.stderr)
                text = None
            if text is not None:
                (target / f"dump.{name}.txt").write_text(text, encoding="utf-8")
        visible = dict(truth.get("visible") or {})
        for dump in sorted(target.glob("dump.*.txt")):  # (an earlier run's renders too)
            name = dump.name[len("dump."):-len(".txt")]
            if name in chosen or name not in visible:
                visible[name] = shown(truth, dump.read_text(encoding="utf-8"), flags)
        truth["visible"] = visible
        (target / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
        pages += 1
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--renderers", nargs="+", default=RENDERER_NAMES)
    parser.add_argument("--score", action="store_true", help="run benchmarks/quality.py on the dumps")
    args = parser.parse_args(argv)
    pages = build(args.corpus, args.out, args.renderers)
    print(f"{pages} pages rendered into {args.out}", file=sys.stderr)
    if args.score:
        quality = Path(__file__).resolve().parent / "quality.py"
        inputs = [f"dump.{n}" for n in args.renderers if n in renderers()]
        command = [sys.executable, str(quality), str(args.out), "--inputs", *inputs]
        return subprocess.run(command, check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
