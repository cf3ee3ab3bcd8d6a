# Treats a missing child as matching anything.
class Solution:
    def isSameTree(self, p, q):
        if not p or not q:
            return True
        return p.val == q.val and self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
