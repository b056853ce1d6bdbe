#!/usr/bin/env python3
"""Builds app/gui/committee-desk.ico from the hicolor PNGs in resources/icons.

Windows reads PNG images inside an .ico (since Vista), so the file is just a directory of
the existing PNGs; nothing is redrawn or rescaled. Run it again after changing the icons:

    python3 installer/windows/make-ico.py
"""
import pathlib
import struct

root = pathlib.Path(__file__).resolve().parents[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [(root / f"resources/icons/hicolor/{n}x{n}/apps/committee-desk.png").read_bytes()
          for n in sizes]

header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
offset = len(header) + 16 * len(images)
directory = b""
for size, data in zip(sizes, images):
    # Width and height 0 mean 256; planes 1, 32 bits per pixel.
    directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)

target = root / "app/gui/committee-desk.ico"
target.write_bytes(header + directory + b"".join(images))
print(f"wrote {target} ({target.stat().st_size} bytes, {len(images)} sizes)")
