# Regenerate with: python3 resources/draw-icon.py (from the project root writes resources/icon.png).
# Draws resources/icon.png (512x512): a white sheet on a red tile, with a red masthead band, a red rule
# and grey text lines - a briefing page. Pure Python (zlib PNG writer), no image library needed.
import struct, zlib
W = H = 512
RED = (200, 16, 16, 255); WHITE = (255, 255, 255, 255); GREY = (150, 150, 150, 255); CLEAR = (0, 0, 0, 0)
def inside_rounded(x, y, x0, y0, x1, y1, r):
    if x < x0 or x >= x1 or y < y0 or y >= y1: return False
    cx = min(max(x, x0 + r), x1 - 1 - r); cy = min(max(y, y0 + r), y1 - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def pixel(x, y):
    if not inside_rounded(x, y, 16, 16, 496, 496, 72): return CLEAR
    if not inside_rounded(x, y, 112, 72, 400, 440, 12): return RED
    if 140 <= x < 372 and 112 <= y < 168: return RED            # masthead
    if 140 <= x < 372 and 190 <= y < 196: return RED            # red rule
    for i, (start, end) in enumerate([(164, 372), (140, 372), (140, 372), (140, 300), (164, 372), (140, 340)]):
        top = 228 + i * 32
        if top <= y < top + 12 and start <= x < end: return GREY
    return WHITE
rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(W)) for y in range(H))
def chunk(tag, data): return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
open(__import__('os').path.join(__import__('os').path.dirname(__file__), 'icon.png'), 'wb').write(png)
