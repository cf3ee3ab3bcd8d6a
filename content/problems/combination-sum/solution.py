class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        result = []
        current = []

        # Only candidates from index `start` on, so each combination is built in one order.
        def search(start: int, remaining: int) -> None:
            if remaining == 0:
                result.append(current[:])
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                current.append(nums[i])
                search(i, remaining - nums[i])  # i, not i + 1: the same candidate may repeat
                current.pop()

        search(0, target)
        return result
