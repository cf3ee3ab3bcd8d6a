def subsets_with_dup(nums: List[int]) -> List[List[int]]:
    nums = sorted(nums)
    result = []
    current = []

    def extend(start: int) -> None:
        result.append(current[:])
        for i in range(start, len(nums)):
            # A value equal to the one just tried at this depth would repeat the same subsets.
            if i > start and nums[i] == nums[i - 1]:
                continue
            current.append(nums[i])
            extend(i + 1)
            current.pop()

    extend(0)
    return result
