def check_inclusion(s1: str, s2: str) -> bool:
    m = len(s1)
    if m > len(s2):
        return False
    need = [0] * 26
    window = [0] * 26
    for i in range(m):
        need[ord(s1[i]) - 97] += 1
        window[ord(s2[i]) - 97] += 1
    if need == window:
        return True
    for right in range(m, len(s2)):
        window[ord(s2[right]) - 97] += 1
        window[ord(s2[right - m]) - 97] -= 1
        if need == window:
            return True
    return False
