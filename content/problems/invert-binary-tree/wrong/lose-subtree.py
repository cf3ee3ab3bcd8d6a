# Overwrites left before reading it.
class Solution:
    def invertTree(self, root):
        if root:
            root.left = self.invertTree(root.right)
            root.right = self.invertTree(root.left)
        return root
