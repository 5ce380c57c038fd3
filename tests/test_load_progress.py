"""Loading reports its progress by bytes read, file after file, ending at the total."""

from __future__ import annotations

from kg.graph import KnowledgeGraph


def test_progress_runs_to_the_total(tmp_path):
    files = []
    for n in range(2):
        path = tmp_path / f"part{n}.nt"
        path.write_text("".join(f"<http://e/s{n}-{i}> <http://e/p> \"{i}\" .\n" for i in range(3000)), encoding="utf-8")
        files.append(path)
    total = sum(p.stat().st_size for p in files)
    seen: list[tuple[int, int]] = []
    graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    report = graph.load(files, progress=lambda done, whole: seen.append((done, whole)))
    assert report.quads == 6000
    assert {whole for _, whole in seen} == {total}
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == total
    assert any(d < files[0].stat().st_size for d in done)  # reported during the first file
