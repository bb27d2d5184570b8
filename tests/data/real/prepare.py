#!/usr/bin/env python3
"""Copy public templates into src/ and make them render offline (the step before build.py).

Usage:
    python3 prepare.py --repos DIR --npm DIR [--set DIR] [page_NNN ...]
                                            (default: every page in pages.json)

--set DIR: the page set to work on, a folder holding pages.json and src/ (default: this
folder, tests/data/real; e.g. --set ../real_more).  The tools stay here and serve every set.

build.py works from src/ alone, so this is only needed to add a page, or to check
where the files in src/ came from.  Inputs (neither is kept here):
  --repos DIR  one git clone per template repository, as DIR/<owner>+<name> or DIR/<name>
               (git clone https://github.com/<owner>/<name> DIR/<owner>+<name>); the
               commit pinned in pages.json must be in it.
  --npm DIR    npm packages unpacked as DIR/<package>-<version>/package, e.g.
                   npm pack bootstrap@5.2.3 && mkdir -p DIR/bootstrap-5.2.3 &&
                   tar xzf bootstrap-5.2.3.tgz -C DIR/bootstrap-5.2.3
               (a scoped package @scope/name is DIR/scope-name-<version>).  Google Fonts
               come from @fontsource/<family> (DIR/fontsource-<family>-<version>).

A pages.json entry:
  slug               folder src/<slug>/ that receives the template
  repo, commit       GitHub repository and the commit that is exported
  subdir             folder of the repository whose contents land in src/<slug>/ ("" = root)
  only               optional: repository paths to export instead of the whole subdir
                     (paths keep their place below subdir)
  html               the page's HTML file inside src/<slug>/
  licence            the template's licence (its LICENSE file is copied next to it)
  strip_css_imports  optional: template CSS files whose Google Fonts @import is removed
                     (the families are vendored as for a <link>)
  replace            optional: {file: [[old, new], ...]} literal edits of the page's HTML or of
                     a template CSS file, made first (each must occur): a root-relative path
                     that file:// cannot resolve, or a CDN other than jsDelivr/unpkg pointed at
                     the same npm file on unpkg, which is then vendored as below (in a CSS file
                     too, with the files its url()s need)
  extra_css          optional: stylesheets under src/vendor/ to <link> from the page,
                     e.g. "fonts/inter.css" for the family a stripped @import loaded

What happens to a page (only the HTML file and the CSS files named in
strip_css_imports are edited):
  * Google Fonts <link>s and the page's <style> @imports -> src/vendor/fonts/<family>.css,
    the same families from @fontsource (latin subset), with the weights and styles that
    the URL asks for;
  * CDN files from jsDelivr or unpkg (https://cdn.jsdelivr.net/npm/<pkg>@<ver>/<path>,
    https://unpkg.com/<pkg>@<ver>/<path>) -> the same file of the same npm package under
    src/vendor/, with the files that a stylesheet's url()s point to, when that package is
    under --npm; otherwise a script is dropped and a stylesheet is reported;
  * every other remote <script src> is dropped (form back-ends, analytics, popper, ...):
    look at the render to check that the desktop view at scroll 0 does not need it;
  * remote images -> src/vendor/placeholder.svg (a grey box; placeholder-WxH.svg when the URL
    names the size, as dummyimage.com/600x400 and picsum.photos/640/480 do); remote iframes ->
    a grey box;
  * one <style> appended to <head> turns CSS animations and transitions off, shows WOW.js
    and AOS elements (otherwise a full-page capture catches them mid-fade or never shown),
    and makes fixed backgrounds scroll (a full-page capture paints a fixed background
    once, at the viewport's place).
Whatever is still remote afterwards is printed: vendor it by hand, or accept that it
does not load (build.py renders with every host name unresolvable).

src/<slug>/ is recreated for each page named.  src/vendor/ only grows: a file that is
already there is kept as it is, so the other pages keep rendering the same, except that
a font stylesheet gains @font-face rules for faces it lacks.
"""

from __future__ import annotations

import argparse
import glob
import html as htmllib
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
SET = HERE  # the page set's folder (--set): pages.json and src/
SRC = os.path.join(SET, "src")
VENDOR = os.path.join(SRC, "vendor")

DISABLE_ANIM = (
    '<style id="offline-render">*,*::before,*::after{animation:none!important;'
    "transition:none!important;background-attachment:scroll!important}"
    ".wow{visibility:visible!important}"
    "[data-aos]{opacity:1!important;transform:none!important}</style>"
)
PLACEHOLDER = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">'
    '<rect width="800" height="600" fill="#9aa3ad"/></svg>\n'
)
FONT_FACE = (
    "@font-face{font-family:'%s';font-style:%s;font-weight:%s;font-display:block;"
    "src:url(%s/%s) format('woff2')}"
)
# CDN files kept at a shorter place under src/vendor/ than <pkg>@<ver>/<path>
VENDOR_PATHS = {
    "https://cdn.jsdelivr.net/npm/bootstrap-icons@1.5.0/font/bootstrap-icons.css": (
        "bootstrap-icons/bootstrap-icons.css"
    ),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/js/bootstrap.bundle.min.js": (
        "bootstrap/bootstrap.bundle.min.js"
    ),
}
NPM_CDN = re.compile(
    r"https://(?:cdn\.jsdelivr\.net/npm|unpkg\.com)/((?:@[^/@]+/)?[^/@]+)(?:@([^/]+))?/([^\"'?#)\s]+)"
)


class Vendor:
    """Copies from the unpacked npm packages into src/vendor/, never overwriting a file."""

    def __init__(self, npm: str):
        self.npm = npm
        self.used: set[str] = set()  # npm package folders whose licence is copied

    def package(self, name: str, version: str | None) -> str | None:
        base = name.lstrip("@").replace("/", "-")
        if version and os.path.isdir(os.path.join(self.npm, f"{base}-{version}", "package")):
            found = f"{base}-{version}"
        else:
            pat = f"{base}-{version}.*" if version else f"{base}-[0-9]*"
            cands = sorted(
                (os.path.basename(p) for p in glob.glob(os.path.join(self.npm, pat))),
                key=lambda d: [
                    (0, int(x), "") if x.isdigit() else (1, 0, x) for x in re.split(r"[.-]", d)
                ],
            )
            if not cands:
                return None
            found = cands[-1]
        self.used.add(found)
        return os.path.join(self.npm, found, "package")

    @staticmethod
    def copy(src: str, rel: str) -> None:
        dst = os.path.join(VENDOR, rel)
        if os.path.exists(dst):
            return
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)

    def copy_css_tree(self, src: str, rel: str) -> None:
        """Copy a stylesheet and every local file its url()s and @imports point to."""
        self.copy(src, rel)
        css = Path(src).read_text(encoding="utf-8", errors="replace")
        refs = re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", css)
        refs += re.findall(r"@import\s+['\"]([^'\"]+)['\"]", css)
        for ref in refs:
            if re.match(r"(?:[a-z]+:|#|/)", ref):
                continue
            ref = re.split(r"[?#]", ref)[0]
            s = os.path.normpath(os.path.join(os.path.dirname(src), ref))
            r = os.path.normpath(os.path.join(os.path.dirname(rel), ref))
            if not os.path.isfile(s):
                print(f"  {rel}: {ref} not in the package", file=sys.stderr)
            elif s.endswith(".css"):
                self.copy_css_tree(s, r)
            else:
                self.copy(s, r)

    def cdn(self, url: str) -> str | None:
        """Vendor a jsDelivr/unpkg npm file; returns its path under src/vendor/, or None."""
        m = NPM_CDN.match(url)
        if not m:
            return None
        name, version, path = m.groups()
        pdir = self.package(name, version)
        if not pdir or not os.path.isfile(os.path.join(pdir, path)):
            return None
        if not version:  # an unversioned CDN link: the newest version under --npm
            folder = os.path.basename(os.path.dirname(pdir))
            version = folder[len(name.lstrip("@").replace("/", "-")) + 1 :]
        rel = VENDOR_PATHS.get(url, f"{name.lstrip('@')}@{version}/{path}")
        if rel.endswith(".css"):
            self.copy_css_tree(os.path.join(pdir, path), rel)
        else:
            self.copy(os.path.join(pdir, path), rel)
        return rel

    def font(self, family: str, faces: list[tuple[int, str]]) -> str | None:
        """Vendor a Google Fonts family from @fontsource; returns fonts/<id>.css, or None."""
        fid = family.lower().replace(" ", "-")
        pdir = self.package(f"fontsource-{fid}", None)
        if not pdir:
            print(f"  no @fontsource package for {family!r} under --npm", file=sys.stderr)
            return None
        css_rel = f"fonts/{fid}.css"
        css_path = os.path.join(VENDOR, css_rel)
        have = Path(css_path).read_text(encoding="utf-8") if os.path.exists(css_path) else ""
        new = []
        for w, style in sorted(faces, key=lambda f: (f[0], f[1] != "normal")):
            fn = f"{fid}-latin-{w}-{style}.woff2"
            src = os.path.join(pdir, "files", fn)
            if f"/{fn})" in have:  # declared already; restore the file if a prune removed it
                if os.path.exists(src):
                    self.copy(src, f"fonts/{fid}/{fn}")
                continue
            if not os.path.exists(src):
                print(f"  missing font file {fn}", file=sys.stderr)
                continue
            self.copy(src, f"fonts/{fid}/{fn}")
            new.append(FONT_FACE % (family, style, w, fid, fn))
        if new:
            os.makedirs(os.path.dirname(css_path), exist_ok=True)
            with open(css_path, "a", encoding="utf-8") as fh:
                fh.write("\n".join(new) + "\n")
        return css_rel

    def licences(self) -> None:
        """Copy each used package's licence file to src/vendor/LICENSES/<package>-<file>; a
        package without one (font-awesome 4.0.3) gets the licence section of its README."""
        lic = os.path.join(VENDOR, "LICENSES")
        os.makedirs(lic, exist_ok=True)
        for pkg in sorted(self.used):
            pdir = os.path.join(self.npm, pkg, "package")
            files = [fn for fn in sorted(os.listdir(pdir)) if "LICEN" in fn.upper()]
            for fn in files:
                self.copy(os.path.join(pdir, fn), os.path.join("LICENSES", f"{pkg}-{fn}"))
            readme = os.path.join(pdir, "README.md")
            if files or not os.path.exists(readme):
                continue
            text = Path(readme).read_text(encoding="utf-8", errors="replace")
            m = re.search(r"^#+\s*Licen[sc]e.*?(?=^#|\Z)", text, flags=re.M | re.S | re.I)
            if not m:
                print(f"  {pkg}: no licence file or README licence section", file=sys.stderr)
                continue
            note = os.path.join(lic, f"{pkg}-LICENSE-README.md")
            if not os.path.exists(note):
                Path(note).write_text(f"From {pkg}/package/README.md:\n\n{m.group(0).strip()}\n")


def google_families(url: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """The families of a Google Fonts css/css2 URL with their (weight, style) faces."""
    query = urllib.parse.urlparse(htmllib.unescape(url)).query
    out = []
    for value in urllib.parse.parse_qs(query).get("family", []):
        for fam in value.split("|"):
            name, _, spec = fam.partition(":")
            faces: set[tuple[int, str]] = set()
            if "@" in spec:  # css2: ital,wght@0,400;1,700  or  wght@100..900
                axes, _, tuples = spec.partition("@")
                axes = axes.split(",")
                for t in tuples.split(";"):
                    vals = dict(zip(axes, t.split(","), strict=False))
                    style = "italic" if vals.get("ital") == "1" else "normal"
                    wght = vals.get("wght", "400")
                    if ".." in wght:
                        lo, hi = (int(float(x)) for x in wght.split(".."))
                        faces.update((w, style) for w in range(100, 1000, 100) if lo <= w <= hi)
                    else:
                        faces.add((int(float(wght)), style))
            elif spec:  # css v1: 300,400,700,300italic,700i,bold
                for tok in spec.split(","):
                    tok = tok.strip().lower()
                    digits = re.match(r"\d+", tok)
                    w = int(digits.group(0)) if digits else (700 if tok.startswith("b") else 400)
                    faces.add(
                        (
                            w,
                            "italic"
                            if "i" in tok[len(digits.group(0)) if digits else 0 :]
                            else "normal",
                        )
                    )
            else:
                faces.add((400, "normal"))
            out.append((name.strip(), sorted(faces)))
    return out


FONT_IMPORT = re.compile(
    r'@import\s+(?:url\(\s*)?["\']?(https://fonts\.googleapis\.com[^"\')\s]*)["\']?\s*\)?'
    r"\s*(layer\([^)]*\))?\s*;"
)


def strip_font_imports(css: str, vendor: Vendor) -> tuple[str, list[str]]:
    """Remove Google Fonts @imports from CSS text; vendors their families (fonts/<id>.css)."""
    sheets = []
    for url in FONT_IMPORT.findall(css):
        for family, faces in google_families(url[0]):
            rel = vendor.font(family, faces)
            if rel and rel not in sheets:
                sheets.append(rel)
    return FONT_IMPORT.sub("", css), sheets


def placeholder(url: str) -> str:
    """The grey placeholder for a remote image: placeholder.svg (800 x 600), or one of the size
    that the URL names (dummyimage.com/600x400, placehold.co/40x40), so the layout keeps it."""
    m = re.search(r"//(?:dummyimage\.com|placehold\.co|via\.placeholder\.com)/(\d+)x(\d+)", url)
    m = m or re.search(r"//picsum\.photos/(\d+)/(\d+)", url)
    if not m:
        return "placeholder.svg"
    w, h = m.groups()
    name = f"placeholder-{w}x{h}.svg"
    path = os.path.join(VENDOR, name)
    if not os.path.exists(path):
        svg = PLACEHOLDER.replace(
            'width="800" height="600" viewBox="0 0 800 600"',
            f'width="{w}" height="{h}" viewBox="0 0 {w} {h}"',
        )
        Path(path).write_text(
            svg.replace('width="800" height="600" fill', f'width="{w}" height="{h}" fill')
        )
    return name


def rewrite_html(html: str, vend: str, vendor: Vendor) -> str:
    """vend: relative path from the html file to src/vendor."""

    def gfont(m: re.Match) -> str:
        url = re.search(r"href=[\"']([^\"']*)[\"']", m.group(0)).group(1)
        links = []
        for family, faces in google_families(url):
            rel = vendor.font(family, faces)
            if rel:
                links.append(f'<link href="{vend}/{rel}" rel="stylesheet" />')
        return "\n".join(links)

    gfonts = r"<link[^>]*href=[\"'](?:https?:)?//fonts\.googleapis\.com/css[^\"']*[\"'][^>]*>"
    html = re.sub(gfonts, gfont, html)
    html = re.sub(r'<link[^>]*href="https://fonts\.(?:gstatic|googleapis)\.com/?"[^>]*>', "", html)
    # a Google Fonts @import inside a <style> of the page: the same, linked before that <style>
    html, sheets = strip_font_imports(html, vendor)
    links = "".join(f'<link href="{vend}/{rel}" rel="stylesheet" />\n' for rel in sheets)
    if links:
        html = re.sub(r"<style", lambda m: links + m.group(0), html, count=1)

    def cdn(m: re.Match) -> str:
        rel = vendor.cdn(htmllib.unescape(m.group(2)))
        return f'{m.group(1)}"{vend}/{rel}"' if rel else m.group(0)

    html = re.sub(
        r'(<(?:link|script)\b[^>]*?\s(?:href|src)=)"(https://(?:cdn\.jsdelivr\.net/npm|unpkg\.com)/[^"]*)"',
        cdn,
        html,
    )
    # remote scripts that are left only matter online
    html = re.sub(r'<script[^>]*src="https?://[^"]*"[^>]*>\s*</script>', "", html)
    # remote images and iframes
    html = re.sub(
        r'(<img[^>]*?\ssrc=")(https?://[^"]*)(")',
        lambda m: f"{m.group(1)}{vend}/{placeholder(m.group(2))}{m.group(3)}",
        html,
        flags=re.S,
    )
    html = re.sub(r"url\('https?://[^']*'\)", f"url('{vend}/placeholder.svg')", html)
    html = re.sub(
        r'(<iframe[^>]*?\s)src="https?://[^"]*(")',
        "\\1srcdoc=\"<body style='margin:0;background:#9aa3ad'></body>\\2",
        html,
        flags=re.S,
    )
    html = html.replace("</head>", DISABLE_ANIM + "\n</head>", 1)
    left = re.findall(r'<link\b[^>]*\brel="?stylesheet[^>]*>', html)
    left = [x for x in left if re.search(r'href="(?:https?:)?//', x)]
    left += re.findall(r'(?:src|srcset|poster)="[^"]*https?://[^"]*"', html)
    left += re.findall(r'url\(\s*["\']?(?:https?:)?//[^)]*\)', html)
    for x in left:
        print("  still remote:", x[:140], file=sys.stderr)
    return html


def edit_css(pid: str, path: str, rel: str, edits: list, vendor: Vendor) -> None:
    """Apply a page's literal edits to one template CSS file and vendor the npm CDN files it
    then points to (a relative path to src/vendor/ replaces each URL)."""
    css = Path(path).read_text(encoding="utf-8")
    for before, after in edits:
        if before not in css:
            raise SystemExit(f"{pid}: {before!r} is not in {rel}")
        css = css.replace(before, after)
    vend = "/".join([".."] * (rel.count("/") + 1)) + "/vendor"

    def local(m: re.Match) -> str:
        found = vendor.cdn(m.group(0))
        if not found:
            raise SystemExit(f"{pid}: {m.group(0)} is not in the npm packages under --npm")
        return f"{vend}/{found}"

    Path(path).write_text(NPM_CDN.sub(local, css), encoding="utf-8")


def find_repo(repos: str, repo: str) -> str:
    owner, name = repo.split("/")
    for cand in (f"{owner}+{name}", name):
        path = os.path.join(repos, cand)
        if os.path.exists(os.path.join(path, ".git")) or os.path.exists(os.path.join(path, "HEAD")):
            return path  # a clone, or a bare repository
    raise SystemExit(f"no clone of {repo} under {repos} (expected {owner}+{name} or {name})")


def git(repo_dir: str, *args: str, check: bool = True) -> bytes:
    return subprocess.run(["git", "-C", repo_dir, *args], check=check, capture_output=True).stdout


def export(repo_dir: str, commit: str, sub: str, dest: str, only: list[str] | None) -> None:
    """Write the files of `only` (or of the whole subdir) at `commit` under dest, minus the subdir.

    File by file rather than `git archive`, so that a snapshot lacking some large blob elsewhere in
    the repository (a partial mirror) still exports the page's own files."""
    os.makedirs(dest, exist_ok=True)
    paths = git(
        repo_dir, "ls-tree", "-r", "--name-only", "-z", commit, "--", *(only or [sub or "."])
    )
    prefix = sub.strip("/") + "/" if sub else ""
    for path in paths.decode().split("\0"):
        if not path:
            continue
        blob = subprocess.run(
            ["git", "-C", repo_dir, "cat-file", "blob", f"{commit}:{path}"], capture_output=True
        )
        if blob.returncode:
            print(f"  {path}: not in the snapshot, skipped", file=sys.stderr)
            continue
        data = blob.stdout
        rel = path[len(prefix) :] if path.startswith(prefix) else path
        out = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as fh:
            fh.write(data)


def prepare(pid: str, p: dict, repos: str, vendor: Vendor) -> None:
    dest = os.path.join(SRC, p["slug"])
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    repo_dir = find_repo(repos, p["repo"])
    export(repo_dir, p["commit"], p.get("subdir", ""), dest, p.get("only"))
    for lic in (
        "LICENSE",
        "LICENSE.md",
        "LICENSE.txt",
        "LICENCE",
        "License",
        "license",
        "license.md",
        "license.txt",
    ):
        txt = git(repo_dir, "show", f"{p['commit']}:{lic}", check=False)
        if txt and not os.path.exists(os.path.join(dest, lic)):  # keep the licence next to the copy
            with open(os.path.join(dest, lic), "wb") as fh:
                fh.write(txt)
    html_path = os.path.join(dest, p["html"])
    vend = "/".join([".."] * (p["html"].count("/") + 1)) + "/vendor"
    html = Path(html_path).read_text(encoding="utf-8")
    for before, after in p.get("replace", {}).get(p["html"], []):
        if before not in html:
            raise SystemExit(f"{pid}: {before!r} is not in {p['html']}")
        html = html.replace(before, after)
    for rel, edits in p.get("replace", {}).items():
        if rel != p["html"]:
            edit_css(pid, os.path.join(dest, rel), rel, edits, vendor)
    html = rewrite_html(html, vend, vendor)
    for css in p.get("strip_css_imports", []):
        cp = os.path.join(dest, css)
        txt, _ = strip_font_imports(Path(cp).read_text(encoding="utf-8"), vendor)
        Path(cp).write_text(txt, encoding="utf-8")
    for extra in p.get("extra_css", []):
        html = html.replace(
            "</head>", f'<link href="{vend}/{extra}" rel="stylesheet" />\n</head>', 1
        )
    Path(html_path).write_text(html, encoding="utf-8")
    print(pid, p["slug"], p["commit"][:10])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--repos", required=True, help="folder of git clones of the template repositories"
    )
    ap.add_argument(
        "--npm", required=True, help="folder of unpacked npm packages (<package>-<version>/package)"
    )
    ap.add_argument(
        "--set", default=HERE, help="page set folder with pages.json and src/ (default: here)"
    )
    ap.add_argument("pages", nargs="*", help="page ids (default: every page in pages.json)")
    a = ap.parse_args(argv)
    global SET, SRC, VENDOR
    SET = os.path.abspath(a.set)
    SRC = os.path.join(SET, "src")
    VENDOR = os.path.join(SRC, "vendor")
    pages = json.loads(Path(SET, "pages.json").read_text())
    ids = a.pages or list(pages)
    unknown = [pid for pid in ids if pid not in pages]
    if unknown:
        raise SystemExit(f"not in pages.json: {' '.join(unknown)}")
    os.makedirs(VENDOR, exist_ok=True)
    if not os.path.exists(os.path.join(VENDOR, "placeholder.svg")):
        Path(VENDOR, "placeholder.svg").write_text(PLACEHOLDER)
    vendor = Vendor(a.npm)
    for pid in ids:
        prepare(pid, pages[pid], a.repos, vendor)
    vendor.licences()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
