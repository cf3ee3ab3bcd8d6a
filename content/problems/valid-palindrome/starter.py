def is_palindrome(s: str) -> bool:
    pass
