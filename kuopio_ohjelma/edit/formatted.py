"""Which files fmt has seen in the house format: their paths and content hashes, remembered.

One cache entry per version of the code holds every file known to be formatted (and to
load), so that `fmt --check` on an unchanged repository reads no YAML at all. A file is
known only with the exact bytes that were checked: one changed byte and it is read again.
"""

from __future__ import annotations

import marshal
from pathlib import Path

from kuopio_ohjelma.io.cache import Cache, code_fingerprint, content_hash, digest, file_fingerprint


class FormattedCache:
    def __init__(self, root: Path, *, enabled: bool) -> None:
        self.root = root
        self.cache = Cache(root, enabled=enabled)
        self.key = digest(code_fingerprint(), "formatted")
        stored = self.cache.get("fmt", self.key)
        self.known: dict[str, str] = marshal.loads(stored) if stored is not None else {}
        self._content: dict[Path, str | None] = {}

    def _name(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def knows(self, path: Path) -> bool:
        """Whether `path` has exactly the content it had when it was last seen formatted."""
        content = self.known.get(self._name(path))
        if content is None:
            return False
        if path not in self._content:
            self._content[path] = file_fingerprint(path)
        return content == self._content[path]

    def remember(self, formatted: dict[Path, bytes], targets: list[Path]) -> None:
        """Note the bytes now known to be in the house format; forget targets that are not."""
        if not self.cache.enabled:
            return
        names = {self._name(path) for path in targets}
        still = {self._name(path) for path in targets if self.knows(path)}
        kept = {name: content for name, content in self.known.items()
                if name not in names or name in still}
        kept.update({self._name(path): content_hash(data) for path, data in formatted.items()})
        if kept != self.known:
            self.cache.put("fmt", self.key, marshal.dumps(kept))
