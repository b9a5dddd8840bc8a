import { startWordPress } from "./wordpress.mjs";
import { writeFile, readFile } from "node:fs/promises";
const site = await startWordPress({ permalinks: "" });
try {
  await writeFile(site.wp + "/h.php", "<?php echo $_SERVER['HTTP_HOST'], ' ', $_SERVER['SERVER_PORT'];");
  console.log(await (await fetch(site.base + "h.php")).text());
  console.log(await site.sql("SELECT option_name, option_value FROM wp_options WHERE option_name IN ('siteurl','home')"));
} finally { await site.stop(); }
