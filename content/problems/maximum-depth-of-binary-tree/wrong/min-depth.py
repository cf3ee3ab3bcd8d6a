# Takes the shallower side.
class Solution:
    def maxDepth(self, root):
        if not root:
            return 0
        return 1 + min(self.maxDepth(root.left), self.maxDepth(root.right))
