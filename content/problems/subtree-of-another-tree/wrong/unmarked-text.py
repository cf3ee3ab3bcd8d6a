# Searches the pre-order text of values without markers: "12" contains "2", shapes are lost.
class Solution:
    def isSubtree(self, root, subRoot):
        def text(node):
            if not node:
                return ""
            return str(node.val) + text(node.left) + text(node.right)
        return text(subRoot) in text(root)
