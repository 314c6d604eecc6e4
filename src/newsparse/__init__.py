"""newsparse: clean, structured articles from raw news pages (HTML or plain-text dumps).

    >>> import newsparse
    >>> page = "Big Storm Hits Coast\\n\\nBy Jane Doe\\n\\nThe storm arrived on Monday night and flooded the harbour."
    >>> art = newsparse.parse(page)
    >>> art.headline, [a.name for a in art.authors]
    ('Big Storm Hits Coast', ['Jane Doe'])
"""

from newsparse.article import Article, Author, Caption, Paragraph, json_schema
from newsparse.batch import Result, parse_many
from newsparse.errors import ParseError
from newsparse.parse import parse, parse_file

__all__ = [
    "Article", "Author", "Caption", "Paragraph", "ParseError", "Result", "__version__", "json_schema", "parse",
    "parse_file", "parse_many",
]
__version__ = "0.1.0"
