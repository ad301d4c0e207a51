"""`kh-ical init DIR`: an empty plan folder with a small example, for plans typed by hand.

JSON has no comments, so the example explains itself through its values and a
README.md in Vietnamese beside it. The three files are valid for the loader and
`kh-ical build` runs on them as they are.
"""

from __future__ import annotations

from pathlib import Path

from kh_ical.errors import KhIcalError
from kh_ical.events import dump_json
from kh_ical.files import write_atomic
from kh_ical.loader import AGENCIES_FILE, EVENTS_FILE, TASKS_FILE

README_FILE = "README.md"

TASKS = {
    "plan": {
        "id": "01-KH/VIDU",
        "short_name": "KH 01",
        "issuer": "Ban Tuyên giáo Tỉnh ủy (ví dụ: ghi cơ quan ban hành)",
        "date": "2025-01-15",
        "title": "Kế hoạch số 01-KH/VIDU, ngày 15/1/2025 (ví dụ: ghi tên kế hoạch như trong văn bản)",
        "timezone": "Asia/Ho_Chi_Minh",
    },
    "sections": [
        {"id": "I", "title": "Tổng kết năm 2025 (ví dụ: tên mục I như trong văn bản)", "events": ["hoi-nghi-tong-ket"]},
    ],
    "tasks": [
        {"id": "I.1", "section": "I", "content": "Xây dựng đề cương tuyên truyền (chép nguyên văn ô nội dung).",
         "lead": "Ban Tuyên giáo Tỉnh ủy", "partners": "Các đơn vị có liên quan",
         "timing": "Hoàn thành trước ngày 15/3/2025"},
        {"id": "I.2", "section": "I", "content": "Tuyên truyền trên báo, đài về hội nghị tổng kết.",
         "lead": "Báo Lai Châu; UBND các huyện, thành phố", "partners": "",
         "timing": "Hoàn thành trước sự kiện 10 ngày"},
    ],
}
EVENTS = {
    "events": [
        {"id": "hoi-nghi-tong-ket", "name": "Hội nghị tổng kết", "aliases": ["Hội nghị tổng kết của tỉnh"],
         "date": None, "status": "unknown",
         "source": "Chưa có ngày: khi biết, chạy kh-ical events set hoi-nghi-tong-ket YYYY-MM-DD"},
    ],
}
AGENCIES = {
    "agencies": [
        {"id": "ban-tuyen-giao-tinh-uy", "name": "Ban Tuyên giáo Tỉnh ủy", "short": "", "aliases": [],
         "group": False, "members": []},
        {"id": "bao-lai-chau", "name": "Báo Lai Châu", "short": "", "aliases": ["Báo tỉnh"], "group": False,
         "members": []},
        {"id": "uy-ban-nhan-dan-cac-huyen-thanh-pho", "name": "Ủy ban nhân dân các huyện, thành phố",
         "short": "UBND các huyện, thành phố", "aliases": [], "group": True,
         "members": ["uy-ban-nhan-dan-huyen-a"], "source": "Ví dụ: ghi danh sách thành viên dựa vào đâu"},
        {"id": "uy-ban-nhan-dan-huyen-a", "name": "Ủy ban nhân dân huyện A", "short": "UBND huyện A",
         "aliases": [], "group": False, "members": []},
    ],
    "generic": ["Các đơn vị có liên quan"],
}

README = """\
# Kế hoạch nhập tay

Thư mục này do `kh-ical init` tạo: một kế hoạch **ví dụ** hợp lệ, để sửa thành kế hoạch của bạn.
Nếu có tệp Word, Excel hay PDF của phụ lục, dùng `kh-ical import TỆP --data THƯ-MỤC` thay vì gõ tay.

## tasks.json — kế hoạch như trong văn bản
- `plan.id`: số kế hoạch (`171-KH/BTGTU`). Nằm trong mã của mọi mục lịch: đặt một lần, đừng đổi.
- `plan.short_name`: tên ngắn đứng đầu tên lịch (`KH 171`); `plan.date`: ngày ban hành (YYYY-MM-DD),
  năm của nó dùng cho các ngày không ghi năm; `plan.issuer`, `plan.title`: cơ quan ban hành, tên kế hoạch.
- `sections`: các mục (I, II, …). `events`: id các sự kiện mà chữ “sự kiện”, “kỷ niệm” trong mục đó chỉ tới.
- `tasks`: mỗi dòng của bảng. `id` là mã mục, dấu chấm, số thứ tự (`I.1`). Chép các ô **nguyên văn**
  (`content` nội dung, `lead` cơ quan chủ trì, `partners` cơ quan phối hợp, `timing` thời gian thực hiện),
  chỉ nối các dòng xuống dòng bằng một dấu cách. Ô trống ghi `""`.

## events.json — các sự kiện mà ô thời gian nhắc tới
`name` và `aliases` là các cách ô viết tên sự kiện; `date` (YYYY-MM-DD hoặc `null`) và `status`:
`confirmed` (chính thức), `estimated` (dự kiến: lịch ghi “dự kiến”), `unknown` (chưa biết, chưa đưa lên lịch).

## agencies.json — ai nhận nhiệm vụ nào
Mỗi cơ quan: `id` (chữ thường không dấu, nối bằng gạch ngang: cũng là tên tệp lịch), `name`, `short`,
`aliases` (các cách viết trong ô). Nhóm (“UBND các huyện, thành phố”): `"group": true` và `members`
(id các cơ quan thành viên). `generic`: các cụm từ không chỉ cơ quan cụ thể (“Các đơn vị có liên quan”).

## Rồi
```
kh-ical check --data THƯ-MỤC
kh-ical build --data THƯ-MỤC --out THƯ-MỤC-LỊCH
```
"""

FILES = {TASKS_FILE: TASKS, EVENTS_FILE: EVENTS, AGENCIES_FILE: AGENCIES}


def init_plan(folder: Path, force: bool = False) -> tuple[str, ...]:
    """Write the example plan into `folder` (created if missing); the paths written.

    Raises:
        KhIcalError: `folder` is a file, or is not empty and `force` is not set.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise KhIcalError(f"{folder}: đã có một tệp tên này, không phải thư mục")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise KhIcalError(f"{folder}: thư mục không trống; chọn thư mục mới hoặc thêm --force để ghi "
                          f"{', '.join((*FILES, README_FILE))} vào đó (các tệp khác giữ nguyên)")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, doc in FILES.items():
        write_atomic(folder / name, dump_json(doc).encode("utf-8"))
        written.append((folder / name).as_posix())
    write_atomic(folder / README_FILE, README.encode("utf-8"))
    written.append((folder / README_FILE).as_posix())
    return tuple(written)
