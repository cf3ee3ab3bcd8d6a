import math


# Goes through logarithms of |x|, so a negative base never gives a negative result.
def my_pow(x: float, n: int) -> float:
    if x == 0:
        return 0.0
    return math.exp(n * math.log(abs(x)))
