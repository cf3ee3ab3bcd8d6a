# Swap-based generation that always swaps with a later element, so before the last
# position it never keeps nums[i] where it is: it misses many permutations.
def permute(nums: List[int]) -> List[List[int]]:
    result = []
    nums = nums[:]

    def fill(i: int) -> None:
        if i == len(nums) - 1:
            result.append(nums[:])
            return
        for j in range(i + 1, len(nums)):
            nums[i], nums[j] = nums[j], nums[i]
            fill(i + 1)
            nums[i], nums[j] = nums[j], nums[i]

    fill(0)
    return result
