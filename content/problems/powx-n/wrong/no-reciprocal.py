# Uses |n| but forgets to invert the result for negative exponents.
def my_pow(x: float, n: int) -> float:
    result = 1.0
    base = float(x)
    e = abs(n)
    while e > 0:
        if e & 1:
            result *= base
        base *= base
        e >>= 1
    return result
