class Solution:
    def rob(self, nums: List[int]) -> int:
        def rob_row(row):
            two_back = one_back = 0
            for value in row:
                two_back, one_back = one_back, max(one_back, two_back + value)
            return one_back

        if len(nums) == 1:
            return nums[0]
        # The first and the last stall are neighbours, so leave out one of them.
        return max(rob_row(nums[:-1]), rob_row(nums[1:]))
