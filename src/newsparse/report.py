"""The visual audit (``newsparse --explain --format html``): every block coloured by its label.

One self-contained HTML page (inline CSS and a few lines of inline script, no external
assets, nothing fetched): per input, the blocks in input order on the left, each coloured by
its label, with the deciding rule shown on hover (and in a tooltip for keyboards and
screen readers); the resulting Article on the right; a legend with the count per label.
The script only marks which blocks the browser laid out (``data-rendered`` on ``<body>``),
so a headless browser can check that every block is shown.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from newsparse.article import Article
from newsparse.blocks import Label

# label -> (background, border); the article's own parts in warm colours, noise in greys.
COLOURS: dict[Label, tuple[str, str]] = {
    Label.HEADLINE: ("#ffe2b8", "#e08a00"),
    Label.DEK: ("#fff0cc", "#d4a017"),
    Label.BYLINE: ("#e3d7ff", "#7a4fd6"),
    Label.DATELINE: ("#d7ecff", "#2f7fd0"),
    Label.READING_TIME: ("#eeeeee", "#9a9a9a"),
    Label.CAPTION: ("#d9f5ee", "#1f9e7a"),
    Label.BODY: ("#dff5d8", "#3c9a2e"),
    Label.SUBHEADING: ("#cdeec3", "#2d7d21"),
    Label.LIST_ITEM: ("#e8f8e2", "#5fb44f"),
    Label.RELATED: ("#ffd9d9", "#d04545"),
    Label.NAV: ("#e4e4e4", "#7c7c7c"),
    Label.BIO: ("#f6dcf2", "#b44aa5"),
    Label.BOILERPLATE: ("#efefef", "#b0b0b0"),
    Label.UNKNOWN: ("#ffffff", "#cccccc"),
}

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#263238;color:#fff}
header h1{font-size:18px;margin:0}
.legend{display:flex;flex-wrap:wrap;gap:6px;padding:10px 20px;background:#fff;border-bottom:1px solid #ddd}
.legend span{padding:2px 8px;border-radius:3px;border-left:4px solid;font-size:12px}
section.input{padding:10px 20px}
section.input h2{font-size:15px;margin:8px 0;word-break:break-all}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;align-items:start}
.blocks{display:flex;flex-direction:column;gap:3px}
.block{position:relative;padding:4px 8px 4px 96px;border-left:5px solid;border-radius:2px;white-space:pre-wrap;
word-wrap:break-word}
.block .meta{position:absolute;left:6px;top:4px;font:11px/1.2 ui-monospace,monospace;color:#555}
.block .rule{display:none;position:absolute;right:4px;top:-18px;background:#263238;color:#fff;
font:11px ui-monospace,monospace;padding:2px 6px;border-radius:3px;z-index:2;white-space:nowrap}
.block:hover .rule,.block:focus .rule{display:block}
.block:hover,.block:focus{outline:2px solid #263238}
.article{position:sticky;top:10px;background:#fff;border:1px solid #ddd;border-radius:4px;padding:12px 16px;
max-height:95vh;overflow:auto}
.article h3{margin:0 0 6px;font-size:18px}
.article dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 10px;font-size:13px}
.article dt{color:#666}.article dd{margin:0}
.article p{margin:0 0 8px}
.article .kind{font:11px ui-monospace,monospace;color:#888}
"""

SCRIPT = """
addEventListener("load", function () {
  var blocks = document.querySelectorAll(".block"), shown = 0;
  blocks.forEach(function (b) { var r = b.getBoundingClientRect(); if (r.width > 0 && r.height > 0) shown++; });
  document.body.setAttribute("data-blocks", String(blocks.length));
  document.body.setAttribute("data-rendered", String(shown));
});
"""


def explain_html(articles: Sequence[tuple[str, Article]], *, title: str = "newsparse --explain") -> str:
    """One self-contained HTML report for the given (name, Article) pairs."""
    counts: Counter[Label] = Counter(b.label for _, art in articles for b in art.blocks)
    legend = "".join(
        f'<span style="background:{bg};border-color:{fg}">{label.value} · {counts[label]}</span>'
        for label, (bg, fg) in COLOURS.items()
        if counts[label]
    )
    sections = "".join(_section(n, name, art) for n, (name, art) in enumerate(articles))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{STYLE}</style></head>\n"
        f'<body data-blocks="0" data-rendered="0"><header><h1>{_e(title)}</h1></header>'
        f'<div class="legend" aria-label="labels">{legend}</div>\n{sections}'
        f"<script>{SCRIPT}</script></body></html>\n"
    )


def _section(number: int, name: str, article: Article) -> str:
    rows = []
    for block in article.blocks:
        bg, fg = COLOURS.get(block.label, COLOURS[Label.UNKNOWN])
        tip = f"{block.label.value} · {block.rule or 'no rule'}"
        if block.tag:
            tip += f" · <{block.tag}>"
        rows.append(
            f'<div class="block" tabindex="0" data-index="{block.index}" data-label="{block.label.value}" '
            f'data-rule="{_e(block.rule)}" title="{_e(tip)}" style="background:{bg};border-color:{fg}">'
            f'<span class="meta">{block.index}<br>{_e(block.label.value)}</span>'
            f'<span class="rule" role="tooltip">{_e(tip)}</span>{_e(block.text)}</div>'
        )
    return (
        f'<section class="input" id="input-{number}"><h2>{_e(name)}</h2><div class="columns">'
        f'<div class="blocks">{"".join(rows)}</div>{_article(article)}</div></section>\n'
    )


def _article(article: Article) -> str:
    fields = [
        ("dek", article.dek),
        ("byline", article.byline),
        ("authors", "; ".join(f"{a.name} ({a.role})" if a.role else a.name for a in article.authors) or None),
        ("date", article.date.isoformat() if article.date else None),
        ("as printed", article.date_text),
        ("reading time", f"{article.reading_time} min" if article.reading_time else None),
        ("url", article.url),
    ]
    meta = "".join(f"<dt>{k}</dt><dd>{_e(v)}</dd>" for k, v in fields if v)
    captions = "".join(
        f"<dt>caption</dt><dd>{_e(c.text)}{' [' + _e(c.credit) + ']' if c.credit else ''}</dd>"
        for c in article.captions
    )
    body = "".join(
        f'<p><span class="kind">{p.kind}</span> {_e(p.text)}</p>' if p.kind != "paragraph" else f"<p>{_e(p.text)}</p>"
        for p in article.paragraphs
    )
    bio = f'<p class="bio"><em>{_e(article.author_bio)}</em></p>' if article.author_bio else ""
    return (
        f'<aside class="article" aria-label="article"><h3>{_e(article.headline or "(no headline)")}</h3>'
        f"<dl>{meta}{captions}</dl>{body}{bio}</aside>"
    )


def _e(value: str | None) -> str:
    return html.escape(value or "", quote=True)
