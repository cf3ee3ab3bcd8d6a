class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = []
        current = []

        def choose(i: int) -> None:
            if i == len(nums):
                result.append(current[:])
                return
            choose(i + 1)  # leave nums[i] out
            current.append(nums[i])  # take nums[i]
            choose(i + 1)
            current.pop()

        choose(0)
        return result
