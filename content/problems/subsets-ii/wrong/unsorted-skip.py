# Skips repeated values at each depth but never sorts, so equal values that are
# not next to each other still produce duplicate subsets.
def subsets_with_dup(nums: List[int]) -> List[List[int]]:
    result = []
    current = []

    def extend(start: int) -> None:
        result.append(current[:])
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            current.append(nums[i])
            extend(i + 1)
            current.pop()

    extend(0)
    return result
