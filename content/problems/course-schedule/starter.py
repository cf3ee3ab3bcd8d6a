def can_finish(num_courses: int, prerequisites: List[List[int]]) -> bool:
    pass
