"""Reading news: each kind of bad input gets a clear outcome, never a traceback."""

from __future__ import annotations

import pytest

from kg.errors import IngestError
from kg.extract.documents import MAX_BYTES, read_documents

ARTICLE = """<!DOCTYPE html><html><head><title>LG backs a robot maker</title>
<meta property="article:published_time" content="2026-01-09">
<link rel="canonical" href="https://news.example/lg-agibot"></head>
<body><nav>Home | World | Business</nav><script>var tracking = 1;</script>
<article><h1>LG backs a robot maker</h1>
<p>LG Electronics holds a stake in AgiBot, a Chinese robot maker based in Shanghai, the company said on Friday.</p>
<p>Mirae Asset Management is also a strategic shareholder of the firm, according to a statement.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_gives_main_text_title_date_and_url(tmp_path):
    page = tmp_path / "lg.html"
    page.write_text(ARTICLE, encoding="utf-8")
    (doc,) = read_documents([str(page)])
    assert doc.kind == "html" and doc.warning is None
    assert "LG Electronics holds a stake in AgiBot, a Chinese robot maker" in doc.text
    assert "tracking" not in doc.text and "Home | World" not in doc.text
    assert (doc.title, doc.publication_date, doc.url) == ("LG backs a robot maker", "2026-01-09", "https://news.example/lg-agibot")


def test_date_option_fills_only_what_the_source_lacks(tmp_path):
    page = tmp_path / "lg.html"
    page.write_text(ARTICLE, encoding="utf-8")
    text = tmp_path / "note.txt"
    text.write_text("Samsung Electronics acquired Harman International for $8 billion.", encoding="utf-8")
    html_doc, text_doc = read_documents([str(page), str(text)], date="2025-12")
    assert (html_doc.publication_date, text_doc.publication_date) == ("2026-01-09", "2025-12")


def test_directory_and_its_order(tmp_path):
    for name in ("b.txt", "a.html", ".hidden.txt", "c.pdf"):
        (tmp_path / name).write_text("The company said it invested in the firm.", encoding="utf-8")
    assert [d.id for d in read_documents([str(tmp_path)])] == ["a", "b"]


@pytest.mark.parametrize("content, warning", [
    (b"", "empty document"),
    (b"   \n\n  ", "empty document"),
    ("LG전자는 중국 로봇 기업 애지봇의 지분을 보유하고 있다. 미래에셋자산운용도 주주다.".encode(), "does not look like English text; kg extracts from English only"),
    ("Die Firma hält einen Anteil an dem chinesischen Roboterhersteller, sagte der Sprecher am Freitag.".encode(), "does not look like English text; kg extracts from English only"),
])
def test_unusable_text_is_a_warning(tmp_path, content, warning):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    (doc,) = read_documents([str(path)])
    assert doc.warning == warning


def test_page_of_scripts_only_is_a_warning(tmp_path):
    page = tmp_path / "app.html"
    page.write_text("<html><head><script>window.app = {}</script></head><body><script>boot()</script></body></html>", encoding="utf-8")
    (doc,) = read_documents([str(page)])
    assert (doc.text, doc.warning) == ("", "no article text in this page")


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text or HTML"),
    (b"LG Electronics \xff\xfe holds a stake", "not UTF-8 text (byte 0xff at offset 15)"),
])
def test_binary_and_bad_encoding_are_errors(tmp_path, content, message):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_documents([str(path)])


def test_a_file_too_large_for_an_article(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    with pytest.raises(IngestError, match=r"big.txt: 2.0 MB is more than one article \(the limit is 2 MB\); split it"):
        read_documents([str(path)])


def test_missing_file_and_empty_directory(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_documents([str(tmp_path / "nope.txt")])
    with pytest.raises(IngestError, match="no .txt or .html files"):
        read_documents([str(tmp_path)])


def test_a_text_longer_than_the_parser_takes_is_refused_before_extraction(tmp_path):
    from kg.extract.documents import MAX_CHARS

    fits, over = tmp_path / "fits.txt", tmp_path / "over.txt"
    fits.write_text("a" * MAX_CHARS, encoding="utf-8")
    over.write_text("word " * 300_000, encoding="utf-8")  # 1.5 MB: under MAX_BYTES, over MAX_CHARS
    assert len(read_documents([str(fits)])[0].text) == MAX_CHARS
    with pytest.raises(IngestError, match=r"over.txt: 1,500,000 characters, more than the 1,000,000 the parser takes"):
        read_documents([str(over)])


def test_fifos_and_devices_are_refused_before_reading(tmp_path):
    import os

    fifo = tmp_path / "news.txt"
    os.mkfifo(fifo)  # nobody writes to it: reading would wait for ever
    for path, message in [(fifo, "is a FIFO"), ("/dev/zero", "/dev/zero is a character device, not a regular file")]:
        with pytest.raises(IngestError, match=message):
            read_documents([str(path)])


def test_runs_the_tokenizer_would_take_minutes_over_are_blanked_in_place(tmp_path):
    path = tmp_path / "odd.txt"
    text = "LG Electronics holds a stake in AgiBot." + "[" * 20_000 + " " * 5_000 + "x" * 400 + " It is a robot maker."
    path.write_text(text, encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert len(doc.text) == len(text)  # offsets into the text stay right
    assert doc.text.startswith("LG Electronics holds a stake in AgiBot. ") and doc.text.endswith(" It is a robot maker.")
    assert "[[" not in doc.text and " " * 32 not in doc.text and "xx" not in doc.text


def test_file_errors_are_worded_by_the_one_reader(tmp_path):
    # The words are kg.safe_io.read_errors's, as for tables, gold files and RDF inputs.
    note = tmp_path / "note.txt"
    note.write_text("LG Electronics holds a stake in AgiBot.", encoding="utf-8")
    for path, message in [
        (tmp_path / "gone.txt", f"no such file: {tmp_path / 'gone.txt'}"),
        (note / "inner.txt", f"cannot read {note / 'inner.txt'}: Not a directory"),
    ]:
        with pytest.raises(IngestError) as error:
            read_documents([str(path)])
        assert str(error.value) == message
