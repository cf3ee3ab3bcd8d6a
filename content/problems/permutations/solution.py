def permute(nums: List[int]) -> List[List[int]]:
    result = []
    current = []
    used = [False] * len(nums)

    def place() -> None:
        if len(current) == len(nums):
            result.append(current[:])
            return
        for i, num in enumerate(nums):
            if used[i]:
                continue
            used[i] = True
            current.append(num)
            place()
            current.pop()
            used[i] = False

    place()
    return result
