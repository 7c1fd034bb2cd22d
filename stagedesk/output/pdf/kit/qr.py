"""The QR code printed on every page: reportlab's encoder (level M) places the modules;
two slow parts are done here instead. The error-correction bytes use generator
polynomials made once (reportlab multiplies one out for every code), and the mask is
chosen by the standard's penalty rules computed on whole rows at once (reportlab scores
each of the eight masks module by module, which took longer than drawing a survey)."""

import itertools
import re
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder  # type: ignore[import-untyped]

Modules = tuple[tuple[bool, ...], ...]
_EXP, _LOG = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
_RUNS = re.compile(r"0{5,}|1{5,}")
_FINDER = ("10111010000", "00001011101")  # neither can overlap itself: str.count is exact


@lru_cache(maxsize=256)
def qr_modules(data: str) -> Modules:
    """The dark modules of ``data``'s QR code, row by row."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.version = code.calculate_version()
    code.dataCache = codewords(code)
    code.makeImpl(True, 0)  # mask 0, format bits left light: the base for scoring
    size = code.moduleCount
    rows = [_row_bits(row) for row in code.modules]
    changes = _mask_changes(code.version, size, tuple(code.dataPosIterator()))
    scores = [
        _penalty([row ^ change for row, change in zip(rows, changes[mask], strict=True)], size)
        for mask in range(8)
    ]
    code.makeImpl(False, scores.index(min(scores)))
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


def codewords(code: Any) -> list[int]:
    """The data and error-correction bytes, interleaved: reportlab's ``createData``."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    buffer = qrencoder.QRBitBuffer()
    for data in code.dataList:
        data.write(buffer, code.version)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.getLengthInBits() > capacity:
        raise ValueError("too much data for this QR version")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)  # the terminator
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((0xEC, 0x11))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    data_blocks, correction_blocks, offset = [], [], 0
    for block in blocks:
        data = buffer.buffer[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(data)
        correction_blocks.append(_remainder(data, _generator(block.totalCount - block.dataCount)))
    return [
        byte
        for group in (data_blocks, correction_blocks)
        for column in itertools.zip_longest(*group)
        for byte in column
        if byte is not None
    ]


@lru_cache(maxsize=32)
def _generator(degree: int) -> tuple[int, ...]:
    """The Reed-Solomon generator polynomial's coefficients as logarithms (highest first)."""
    polynomial = qrencoder.QRUtil.getErrorCorrectPolynomial(degree)
    return tuple(_LOG[coefficient] if coefficient else -1 for coefficient in polynomial.num)


def _remainder(data: list[int], generator: tuple[int, ...]) -> list[int]:
    """``data`` times x^degree modulo the generator, in GF(256): the correction bytes."""
    degree = len(generator) - 1
    rest = [*data, *([0] * degree)]
    for index in range(len(data)):
        factor = rest[index]
        if factor:
            shift = _LOG[factor]
            for offset, log in enumerate(generator[1:], start=1):
                if log >= 0:
                    rest[index + offset] ^= _EXP[(log + shift) % 255]
    return rest[len(data) :]


def _row_bits(row: list[bool]) -> int:
    return int("".join("1" if module else "0" for module in row), 2)


@lru_cache(maxsize=8)
def _mask_changes(
    version: int, size: int, positions: tuple[tuple[int, int], ...]
) -> list[list[int]]:
    """For each mask, per row, the data modules it flips compared with mask 0."""
    masks = [qrencoder.QRUtil.getMask(mask) for mask in range(8)]
    changes = [[0] * size for _ in range(8)]
    for column, row in positions:
        base = masks[0](row, column)
        bit = 1 << (size - 1 - column)
        for mask in range(1, 8):
            if masks[mask](row, column) != base:
                changes[mask][row] |= bit
    return changes


def _penalty(rows: list[int], size: int) -> int:
    """ISO/IEC 18004 mask penalty: runs, 2×2 blocks, finder look-alikes, dark balance."""
    lines = [format(row, f"0{size}b") for row in rows]
    lines += ["".join(column) for column in zip(*lines, strict=True)]
    text = "|".join(lines)  # rows and columns at once; nothing matches across a |
    score = sum(len(run) - 2 for run in _RUNS.findall(text))
    score += 40 * sum(text.count(pattern) for pattern in _FINDER)
    full = (1 << size) - 1
    for upper, lower in itertools.pairwise(rows):
        same = ~(upper ^ lower) & full  # the module below has the same colour
        block = same & (same >> 1) & ~(upper ^ (upper >> 1))
        score += 3 * bin(block & (full >> 1)).count("1")
    dark = sum(bin(row).count("1") for row in rows)
    score += 10 * (abs(dark * 20 // (size * size) - 10))
    return score
