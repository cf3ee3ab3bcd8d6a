# Compares the shallowest and the deepest empty spot, which is a stronger (different) property.
class Solution:
    def isBalanced(self, root):
        def lo(node):
            return 0 if not node else 1 + min(lo(node.left), lo(node.right))
        def hi(node):
            return 0 if not node else 1 + max(hi(node.left), hi(node.right))
        return hi(root) - lo(root) <= 1
