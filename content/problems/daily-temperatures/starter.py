def daily_temperatures(temperatures: List[int]) -> List[int]:
    pass
