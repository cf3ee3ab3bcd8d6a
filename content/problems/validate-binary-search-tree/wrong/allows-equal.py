# Lets equal values through.
class Solution:
    def isValidBST(self, root):
        def ok(n, lo, hi):
            if not n:
                return True
            if not (lo <= n.val <= hi):
                return False
            return ok(n.left, lo, n.val) and ok(n.right, n.val, hi)
        return ok(root, float("-inf"), float("inf"))
