def my_pow(x: float, n: int) -> float:
    result = 1.0
    base = float(x)
    e = abs(n)
    while e > 0:
        if e & 1:
            result *= base
        base *= base
        e >>= 1
    return 1 / result if n < 0 else result
