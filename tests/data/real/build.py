#!/usr/bin/env python3
"""Render the pages in src/ to PNG and extract their visible text from the DOM.

Usage:
    python3 build.py [--set DIR] [--out DIR] [--prune] [page_NNN ...]
                                (default: every page in pages.json, written into the set folder)

--set DIR: the page set, a folder holding pages.json and src/, which also receives the PNGs
and DOM extracts (default: this folder, tests/data/real; e.g. --set ../real_more).

--prune (when adding a page): after the render, delete every file of src/<slug>/ that the
page did not load (keeping its licence file), and write the kept files as the page's
`only` list in pages.json, so that prepare.py re-exports exactly them.  Run over every
page, it also deletes the files of src/vendor/ that no page loads (licences are kept).

Needs Chromium (found as $CHROMIUM, else `chromium`, `chromium-browser` or
`google-chrome` on PATH) and the `websockets` package (pip install websockets).
Everything is offline: the browser's host resolver maps every name to NOTFOUND,
so nothing outside src/ can load.

For each page (pages.json gives its folder src/<slug>/ and its HTML file):
  * viewport 1440 x 900 (deviceScaleFactor 1), load the file, wait for fonts, lazy
    images (switched to eager loading, as scrolling would load them) and icon scripts,
    then capture the full page (captureBeyondViewport, clip = whole document)
    -> page_NNN.png.  The viewport is *not* resized to the page height,
    so 100vh heroes keep their 900 px height.
  * a script in the page lists every visible text block -> page_NNN.dom.json:
    text nodes are grouped by their nearest non-inline ancestor (a <p>, <h2>, a
    button-like inline-block <a>, ...), kept when rendered, inside the page and
    not clipped away by an overflow ancestor, and not hidden by visibility/opacity;
    form fields add their visible placeholder or button value.  Each block has its
    index, box, font size/weight, tag, and the top-level section element it sits in.
The truth files (page_NNN.truth.json) are written by make_truth.py from
truth_spec.py, which refers to these blocks by index.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from websockets.sync.client import connect

HERE = os.path.dirname(os.path.abspath(__file__))
CHROMIUM = (
    os.environ.get("CHROMIUM")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
    or shutil.which("google-chrome")
    or "chromium"
)
WIDTH, VIEW_H = 1440, 900
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-port=0",
    "--force-device-scale-factor=1",
    "--font-render-hinting=none",
    "--allow-file-access-from-files",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]

EXTRACT_JS = r"""
(() => {
  const W = document.documentElement.scrollWidth, H = document.documentElement.scrollHeight;
  const SEM = new Set(['SECTION', 'HEADER', 'FOOTER', 'NAV', 'ASIDE']);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'OPTION']);
  const cs = (el) => getComputedStyle(el);
  function blockOf(el) {
    while (el && el !== document.body) {
      const d = cs(el).display;
      if (d !== 'inline' && d !== 'contents') return el;
      el = el.parentElement;
    }
    return document.body;
  }
  // clip a rect by every ancestor that hides overflow; null when nothing is left
  function clipRect(r, el) {
    let x0 = r.left, y0 = r.top, x1 = r.right, y1 = r.bottom;
    const root = cs(document.documentElement);
    const bodyToViewport = root.overflowX === 'visible' && root.overflowY === 'visible';
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      // the body's overflow belongs to the viewport when the root's is visible (CSS Overflow 3)
      if (a === document.body && bodyToViewport) continue;
      const s = cs(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clipPath !== 'none') {
        const q = a.getBoundingClientRect();
        if (s.overflowX !== 'visible') { x0 = Math.max(x0, q.left); x1 = Math.min(x1, q.right); }
        if (s.overflowY !== 'visible') { y0 = Math.max(y0, q.top); y1 = Math.min(y1, q.bottom); }
      }
    }
    x0 = Math.max(x0, 0); y0 = Math.max(y0, 0); x1 = Math.min(x1, W); y1 = Math.min(y1, H);
    if (x1 - x0 < 1 || y1 - y0 < 1) return null;
    return [x0, y0, x1, y1];
  }
  function visible(el) {
    return el.checkVisibility({opacityProperty: true, visibilityProperty: true,
                               contentVisibilityAuto: true});
  }
  function secOf(el) {
    let top = null;
    for (let a = el; a && a !== document.body; a = a.parentElement) if (SEM.has(a.tagName)) top = a;
    if (top) return top;
    // no semantic ancestor: the child of the outermost page-wide wrapper
    let a = el;
    while (a.parentElement && a.parentElement !== document.body) {
      const p = a.parentElement, pr = p.getBoundingClientRect();
      if (pr.height > 0.6 * H) break;
      a = p;
    }
    return a;
  }
  function desc(el) {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    const c = (el.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean).slice(0, 4);
    if (c.length) s += '.' + c.join('.');
    return s;
  }
  const groups = new Map();
  const order = [];
  function add(block, text, rect, kind) {
    if (!groups.has(block)) { groups.set(block, {parts: [], rects: [], kind}); order.push(block); }
    const g = groups.get(block);
    g.parts.push(text); g.rects.push(rect);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walker.nextNode())) {
    const t = n.nodeValue;
    if (!t.trim()) continue;
    const p = n.parentElement;
    if (!p || SKIP.has(p.tagName) || !visible(p)) continue;
    if (p.closest('select')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rs = [...range.getClientRects()].map(r => clipRect(r, p)).filter(Boolean);
    if (!rs.length) continue;
    const x0 = Math.min(...rs.map(r => r[0])), y0 = Math.min(...rs.map(r => r[1]));
    const x1 = Math.max(...rs.map(r => r[2])), y1 = Math.max(...rs.map(r => r[3]));
    add(blockOf(p), t, [x0, y0 + scrollY, x1, y1 + scrollY], 'text');
  }
  // form fields: visible placeholder (when the field is empty) or button value
  for (const f of document.querySelectorAll('input, textarea, select')) {
    if (!visible(f)) continue;
    let t = '';
    const type = (f.getAttribute('type') || '').toLowerCase();
    const opt = f.tagName === 'SELECT' ? f.options[f.selectedIndex] : null;
    if (f.tagName === 'SELECT') t = opt ? opt.text : '';
    else if (['submit', 'button', 'reset'].includes(type)) t = f.value;
    else if (['hidden', 'checkbox', 'radio'].includes(type)) t = '';
    else if (f.value) t = f.value;
    else if (f.placeholder) {
      const c = getComputedStyle(f, '::placeholder').color;
      const transparent = /rgba\(.*,\s*0\)$/.test(c) || c === 'transparent';
      if (!transparent) t = f.placeholder;
    }
    if (!t.trim()) continue;
    const r = clipRect(f.getBoundingClientRect(), f);
    if (!r) continue;
    add(f, t, [r[0], r[1] + scrollY, r[2], r[3] + scrollY], 'field');
  }
  const secs = [];
  const secIdx = new Map();
  const blocks = order.map((b) => {
    const g = groups.get(b);
    const text = g.parts.join(' ').replace(/\s+/g, ' ').trim();
    const x0 = Math.min(...g.rects.map(r => r[0])), y0 = Math.min(...g.rects.map(r => r[1]));
    const x1 = Math.max(...g.rects.map(r => r[2])), y1 = Math.max(...g.rects.map(r => r[3]));
    const s = cs(b);
    const sec = secOf(b);
    if (!secIdx.has(sec)) {
      const r = sec.getBoundingClientRect();
      secIdx.set(sec, secs.length);
      secs.push({desc: desc(sec), y0: Math.round(r.top + scrollY),
                 y1: Math.round(r.bottom + scrollY)});
    }
    return {text, kind: g.kind, box: [x0, y0, x1, y1].map(Math.round), tag: desc(b),
            fs: parseFloat(s.fontSize), fw: s.fontWeight, tt: s.textTransform, color: s.color,
            sec: secIdx.get(sec)};
  });
  blocks.forEach((b, i) => b.i = i);
  return {width: W, height: H, title: document.title, sections: secs, blocks};
})()
"""


# A full-page capture does not scroll, so lazy images below the first screen would stay empty:
# load them all now, as a user scrolling the page would, and wait for them (10 s at most).
EAGER_IMAGES_JS = r"""
Promise.race([
  Promise.all([...document.images].map((img) => {
    if (img.loading === 'lazy') img.loading = 'eager';
    if (img.complete) return true;
    return new Promise((done) => {
      img.addEventListener('load', done, {once: true});
      img.addEventListener('error', done, {once: true});
    });
  })),
  new Promise((done) => setTimeout(done, 10000)),
]).then(() => true)
"""


# The full-page capture lays the page out at its full height for a moment.  Scripts that re-flow
# on resize (masonry/shuffle grids, sliders) would then paint another layout into the PNG than
# the one the DOM extract measures: this, run before the page's own scripts, lets build.py hold
# back resize events and ResizeObserver callbacks while it captures.
FREEZE_RESIZE_JS = r"""
(() => {
  window.__pwFreeze = false;
  const RO = window.ResizeObserver;
  if (RO) {
    window.ResizeObserver = class extends RO {
      constructor(cb) { super((entries, obs) => { if (!window.__pwFreeze) cb(entries, obs); }); }
    };
  }
  window.addEventListener('resize', (e) => { if (window.__pwFreeze) e.stopImmediatePropagation(); },
                          true);
})();
"""


class CDP:
    def __init__(self, ws):
        self.ws, self.next_id, self.session, self.events = ws, 0, None, []

    def send(self, method, params=None, session=True, timeout=60):
        self.next_id += 1
        mid = self.next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        deadline = time.time() + timeout
        while True:
            data = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.time())))
            if data.get("id") == mid:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return data.get("result", {})
            if "method" in data:
                self.events.append(data)

    def wait_event(self, name, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, ev in enumerate(self.events):
                if ev.get("method") == name:
                    return self.events.pop(i)
            data = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.time())))
            if "method" in data:
                self.events.append(data)

    def evaluate(self, expr, await_promise=False):
        res = self.send(
            "Runtime.evaluate",
            {"expression": expr, "returnByValue": True, "awaitPromise": await_promise},
        )
        if "exceptionDetails" in res:
            raise RuntimeError(str(res["exceptionDetails"])[:500])
        return res.get("result", {}).get("value")


def start_browser():
    udd = tempfile.mkdtemp(prefix="chromium-pages-")
    proc = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={udd}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    port_file = os.path.join(udd, "DevToolsActivePort")
    for _ in range(300):
        if os.path.exists(port_file):
            lines = Path(port_file).read_text().split()
            if len(lines) >= 2:
                return proc, udd, f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    stop_browser(proc, udd)
    raise RuntimeError("Chromium did not start")


def stop_browser(proc, udd):
    if proc.poll() is None:
        try:
            os.kill(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except Exception:
            try:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
            except Exception:
                pass
    shutil.rmtree(udd, ignore_errors=True)


def render_one(cdp: CDP, pid: str, html: str, out: str) -> dict:
    cdp.send("Network.enable")
    cdp.send(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": VIEW_H, "deviceScaleFactor": 1, "mobile": False},
    )
    cdp.events.clear()
    cdp.send("Page.navigate", {"url": "file://" + os.path.abspath(html)})
    cdp.wait_event("Page.loadEventFired", timeout=60)
    cdp.evaluate("document.fonts.ready.then(() => true)", await_promise=True)
    cdp.evaluate(EAGER_IMAGES_JS, await_promise=True)
    time.sleep(1.5)  # icon scripts (Font Awesome) swap <i> for <svg> after load
    cdp.evaluate("window.scrollTo(0, 0); document.fonts.ready.then(() => true)", await_promise=True)
    height = int(cdp.evaluate("Math.ceil(document.documentElement.scrollHeight)"))
    # stop the page's clock (timers, sliders on autoplay) so the PNG and the DOM extract show
    # the same moment; and hold back its resize handlers during the capture
    cdp.send("Emulation.setVirtualTimePolicy", {"policy": "pause"})
    cdp.evaluate("window.__pwFreeze = true")
    shot = cdp.send(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "fromSurface": True,
            "clip": {"x": 0, "y": 0, "width": WIDTH, "height": height, "scale": 1},
        },
        timeout=120,
    )
    cdp.evaluate("window.__pwFreeze = false")
    png = os.path.join(out, f"{pid}.png")
    with open(png, "wb") as fh:
        fh.write(base64.b64decode(shot["data"]))
    dom = cdp.evaluate(EXTRACT_JS)
    dom["png_height"] = height
    cdp.evaluate("1")
    loaded = sorted(
        {
            urllib.parse.unquote(urllib.parse.urlparse(ev["params"]["request"]["url"]).path)
            for ev in cdp.events
            if ev.get("method") == "Network.requestWillBeSent"
            and ev["params"]["request"]["url"].startswith("file://")
        }
    )
    cdp.send("Network.disable")
    with open(os.path.join(out, f"{pid}.dom.json"), "w", encoding="utf-8") as fh:
        json.dump(dom, fh, indent=1, ensure_ascii=False)
    return {
        "height": height,
        "blocks": len(dom["blocks"]),
        "png_bytes": os.path.getsize(png),
        "dom_height": dom["height"],
        "loaded": loaded,
    }


LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING")


def prune(folder: str, p: dict, loaded: list[str]) -> list[str]:
    """Delete the files of src/<slug>/ the page did not load.

    Returns the kept paths as repository paths, without the licence file (prepare.py copies
    that from the repository root)."""
    root = os.path.join(folder, "src", p["slug"])
    keep = {os.path.realpath(f) for f in loaded}
    kept = []
    for d, _, files in os.walk(root):
        for fn in files:
            path = os.path.join(d, fn)
            if fn.upper().startswith(LICENCE_NAMES):
                continue  # prepare.py copies the repository's licence file itself
            if os.path.realpath(path) in keep:
                kept.append(os.path.relpath(path, root))
            else:
                os.remove(path)
    for d, _dirs, _files in sorted(os.walk(root), reverse=True):  # deepest first
        if d != root and not os.listdir(d):
            os.rmdir(d)
    sub = p.get("subdir", "").strip("/")
    return sorted(f"{sub}/{k}" if sub else k for k in kept)


def prune_vendor(folder: str, loaded: set[str]) -> None:
    root = os.path.join(folder, "src", "vendor")
    keep = {os.path.realpath(f) for f in loaded}
    for d, _, files in os.walk(root):
        for fn in files:
            path = os.path.join(d, fn)
            if os.path.relpath(path, root).startswith("LICENSES") or fn == "placeholder.svg":
                continue
            if os.path.realpath(path) not in keep:
                os.remove(path)
                print("  vendor: removed", os.path.relpath(path, root))
    for d, _dirs, _files in sorted(os.walk(root), reverse=True):  # deepest first
        if d != root and not os.listdir(d):
            os.rmdir(d)


def main(argv: list[str]) -> int:
    folder = HERE
    if argv[:1] == ["--set"]:
        folder, argv = os.path.abspath(argv[1]), argv[2:]
    out = folder
    if argv[:1] == ["--out"]:
        out, argv = argv[1], argv[2:]
        os.makedirs(out, exist_ok=True)
    do_prune = "--prune" in argv
    argv = [a for a in argv if a != "--prune"]
    all_loaded: set[str] = set()
    pages = json.loads(Path(folder, "pages.json").read_text())
    ids = argv or list(pages)
    unknown = [pid for pid in ids if pid not in pages]
    if unknown:
        raise SystemExit(f"not in pages.json: {' '.join(unknown)}")
    proc, udd, ws_url = start_browser()
    try:
        with connect(ws_url, max_size=None, open_timeout=30) as ws:
            cdp = CDP(ws)
            for pid in ids:
                p = pages[pid]
                html = os.path.join(folder, "src", p["slug"], p["html"])
                # a fresh tab per page: render_one pauses the tab's clock for good
                target = cdp.send("Target.createTarget", {"url": "about:blank"}, session=False)
                cdp.session = None
                cdp.session = cdp.send(
                    "Target.attachToTarget",
                    {"targetId": target["targetId"], "flatten": True},
                    session=False,
                )["sessionId"]
                cdp.send("Page.enable")
                cdp.send("Page.addScriptToEvaluateOnNewDocument", {"source": FREEZE_RESIZE_JS})
                info = render_one(cdp, pid, html, out)
                cdp.send("Target.closeTarget", {"targetId": target["targetId"]}, session=False)
                loaded = info.pop("loaded")
                all_loaded.update(loaded)
                print(pid, p["slug"], info, flush=True)
                if do_prune:
                    p["only"] = prune(folder, p, loaded)
                    print(f"  kept {len(p['only'])} files of src/{p['slug']}/")
            with contextlib.suppress(Exception):
                cdp.send("Browser.close", session=False, timeout=10)
    finally:
        time.sleep(0.3)
        stop_browser(proc, udd)
    if do_prune:
        with open(os.path.join(folder, "pages.json"), "w", encoding="utf-8") as fh:
            fh.write(
                "{\n"
                + ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in pages.items())
                + "\n}\n"
            )
        if set(ids) == set(pages):
            prune_vendor(folder, all_loaded)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
