def multiply(num1: str, num2: str) -> str:
    pass
