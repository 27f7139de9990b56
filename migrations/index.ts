import * as migration_20261128_142515_initial from './20261128_142515_initial';
import * as migration_20261128_161307_video_thumbnail from './20261128_161307_video_thumbnail';
import * as migration_20261128_172531_citations from './20261128_172531_citations';
import * as migration_20261128_174724_seo from './20261128_174724_seo';
import * as migration_20261128_175144_search from './20261128_175144_search';
import * as migration_20261128_175818_previous_slugs from './20261128_175818_previous_slugs';
import * as migration_20261201_203324_redirects_and_seo_plugins from './20261201_203324_redirects_and_seo_plugins';
import * as migration_20261201_212442_wordpress_import from './20261201_212442_wordpress_import';
import * as migration_20261202_022343_post_byline from './20261202_022343_post_byline';
import * as migration_20261202_022839_wordpress_import_admin from './20261202_022839_wordpress_import_admin';
import * as migration_20261202_034044_wordpress_guid from './20261202_034044_wordpress_guid';
import * as migration_20261202_124220_search_head_vector from './20261202_124220_search_head_vector';

export const migrations = [
  {
    up: migration_20261128_142515_initial.up,
    down: migration_20261128_142515_initial.down,
    name: '20261128_142515_initial',
  },
  {
    up: migration_20261128_161307_video_thumbnail.up,
    down: migration_20261128_161307_video_thumbnail.down,
    name: '20261128_161307_video_thumbnail',
  },
  {
    up: migration_20261128_172531_citations.up,
    down: migration_20261128_172531_citations.down,
    name: '20261128_172531_citations',
  },
  {
    up: migration_20261128_174724_seo.up,
    down: migration_20261128_174724_seo.down,
    name: '20261128_174724_seo',
  },
  {
    up: migration_20261128_175144_search.up,
    down: migration_20261128_175144_search.down,
    name: '20261128_175144_search',
  },
  {
    up: migration_20261128_175818_previous_slugs.up,
    down: migration_20261128_175818_previous_slugs.down,
    name: '20261128_175818_previous_slugs',
  },
  {
    up: migration_20261201_203324_redirects_and_seo_plugins.up,
    down: migration_20261201_203324_redirects_and_seo_plugins.down,
    name: '20261201_203324_redirects_and_seo_plugins',
  },
  {
    up: migration_20261201_212442_wordpress_import.up,
    down: migration_20261201_212442_wordpress_import.down,
    name: '20261201_212442_wordpress_import',
  },
  {
    up: migration_20261202_022343_post_byline.up,
    down: migration_20261202_022343_post_byline.down,
    name: '20261202_022343_post_byline',
  },
  {
    up: migration_20261202_022839_wordpress_import_admin.up,
    down: migration_20261202_022839_wordpress_import_admin.down,
    name: '20261202_022839_wordpress_import_admin',
  },
  {
    up: migration_20261202_034044_wordpress_guid.up,
    down: migration_20261202_034044_wordpress_guid.down,
    name: '20261202_034044_wordpress_guid',
  },
  {
    up: migration_20261202_124220_search_head_vector.up,
    down: migration_20261202_124220_search_head_vector.down,
    name: '20261202_124220_search_head_vector'
  },
];
