# Always adds both children, even when they only make the path worse.
class Solution:
    def maxPathSum(self, root):
        best = [float("-inf")]
        def gain(n):
            if not n:
                return 0
            l, r = gain(n.left), gain(n.right)
            best[0] = max(best[0], n.val + l + r)
            return n.val + max(l, r)
        gain(root)
        return best[0]
