# Tries every order of putting the lanterns out, without memoisation: factorial time.
class Solution:
    def maxCoins(self, nums):
        def best(row):
            if not row:
                return 0
            most = 0
            for i in range(len(row)):
                left = row[i - 1] if i > 0 else 1
                right = row[i + 1] if i + 1 < len(row) else 1
                most = max(most, left * row[i] * right + best(row[:i] + row[i + 1 :]))
            return most

        return best(list(nums))
