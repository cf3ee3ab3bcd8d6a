# The loop over piece ends stops one short, so a piece can never reach the last
# letter and no partition is ever completed.
def partition(s: str) -> List[List[str]]:
    result = []
    pieces = []

    def cut(start: int) -> None:
        if start == len(s):
            result.append(pieces[:])
            return
        for end in range(start + 1, len(s)):
            piece = s[start:end]
            if piece == piece[::-1]:
                pieces.append(piece)
                cut(end)
                pieces.pop()

    cut(0)
    return result
