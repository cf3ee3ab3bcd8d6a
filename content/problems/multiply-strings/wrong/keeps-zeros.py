# Strips leading zeros but forgets that the product may be zero.
def multiply(num1: str, num2: str) -> str:
    m, n = len(num1), len(num2)
    pos = [0] * (m + n)
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            total = (ord(num1[i]) - 48) * (ord(num2[j]) - 48) + pos[i + j + 1]
            pos[i + j + 1] = total % 10
            pos[i + j] += total // 10
    return "".join(map(str, pos)).lstrip("0")
