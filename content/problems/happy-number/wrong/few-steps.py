# Gives up after five steps instead of detecting the loop.
def is_happy(n: int) -> bool:
    for _ in range(5):
        if n == 1:
            return True
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
