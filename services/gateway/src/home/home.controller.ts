import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@tdkt/auth';

/** A placeholder until the web console arrives: where to sign in. */
const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hội nghị thi đua, khen thưởng</title>
</head>
<body>
<main>
<h1>Hệ thống tổ chức hội nghị thi đua, khen thưởng</h1>
<p>Bảng điều khiển trên web đang được xây dựng.</p>
<p><a href="/auth/login">Đăng nhập</a></p>
</main>
</body>
</html>
`;

@Public('the start page: anyone may see where to sign in')
@Controller()
export class HomeController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Language', 'vi')
  home(): string {
    return PAGE;
  }
}
