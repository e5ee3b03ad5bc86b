"""The nginx snippet of docs/publishing.md, run as written in a real nginx against a release."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg.config import PATHS

NGINX = shutil.which("nginx") or (Path("/usr/sbin/nginx") if Path("/usr/sbin/nginx").exists() else None)
pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx-light)")


def _snippet() -> str:
    text = (PATHS.root / "docs" / "publishing.md").read_text(encoding="utf-8")
    return re.search(r"```nginx\n(.*?)```", text, re.S).group(1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def nginx(release_dir: Path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("nginx")
    site = folder / "site"
    site.mkdir()
    (site / "moroccan-cinema").symlink_to(release_dir)
    port = _free_port()
    server = _snippet().replace("listen 8080;", f"listen 127.0.0.1:{port};").replace("/srv/moroccan-cinema/site", str(site))
    temp = folder / "temp"
    temp.mkdir()
    temp_paths = "".join(f"    {kind}_temp_path {temp};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (folder / "nginx.conf").write_text(
        ("user root;\n" if os.geteuid() == 0 else "")  # workers must read pytest's private temp folders
        + f"worker_processes 1;\ndaemon off;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
        f"events {{ worker_connections 64; }}\nhttp {{\n    access_log off;\n{temp_paths}{server}\n}}\n",
        encoding="utf-8",
    )
    check = subprocess.run([str(NGINX), "-t", "-c", str(folder / "nginx.conf"), "-p", str(folder)], capture_output=True, text=True, timeout=30)
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([str(NGINX), "-c", str(folder / "nginx.conf"), "-p", str(folder)], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/moroccan-cinema/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base, timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _get(url: str, accept: str | None = None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=10) as reply:
            return reply.status, reply.headers, reply.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_entity_iri_answers_html_turtle_and_json_ld(nginx, release_dir):
    iri = nginx + "resource/work/casanegra"
    status, headers, body = _get(iri, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert body == (release_dir / "resource/work/casanegra.html").read_bytes()
    assert "Accept" in headers["Vary"]
    status, headers, body = _get(iri, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert body == (release_dir / "resource/work/casanegra.ttl").read_bytes()
    status, headers, body = _get(iri, "application/ld+json")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    assert body == (release_dir / "resource/work/casanegra.jsonld").read_bytes()


def test_files_keep_their_media_types_and_unknown_iris_404(nginx, release_dir):
    status, headers, _ = _get(nginx + "resource/work/casanegra.jsonld")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    status, headers, _ = _get(nginx + "void.ttl")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert _get(nginx + "resource/work/no-such-work")[0] == 404


def test_nary_node_iri_redirects_to_its_owner(nginx, release_dir):
    node, owner = (release_dir / "nary.map").read_text(encoding="utf-8").splitlines()[0].rstrip(";").split(" ")
    status, headers, _ = _get(nginx + node, "text/turtle")
    assert status == 303
    assert headers["Location"].endswith("/moroccan-cinema/" + owner)
